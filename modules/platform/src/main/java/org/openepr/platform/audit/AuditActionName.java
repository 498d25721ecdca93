package org.openepr.platform.audit;

import org.openepr.platform.text.Labelled;

/**
 * An audit line's action as stored (the name of a module's {@link AuditedAction}, which never changes), shown in
 * words: {@code #{words.of(a.what())}} prints "Patient viewed" for PATIENT_VIEWED.
 */
public record AuditActionName(String code) implements Labelled {

    @Override
    public String label() {
        return Labelled.words(code);
    }
}
