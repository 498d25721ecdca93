package org.openepr.platform.audit;

import org.openepr.platform.text.Labelled;

/**
 * Something worth an audit line. Each module names its own actions (an enum implementing this) with the type
 * of resource each one concerns; the name is stored, so existing names never change.
 */
public interface AuditedAction extends Labelled {

    String name();

    /** The kind of record acted on, in FHIR's words where there is one: "Patient", "Appointment", "Clinic". */
    String resourceType();

    /** What the trail shows: "Patient viewed". An action may say it better. */
    @Override
    default String label() {
        return Labelled.words(name());
    }
}
