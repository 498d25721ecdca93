package org.openepr.caserecord.domain.notes;

import org.openepr.platform.text.Labelled;

/** Where a note stands: a draft may still change; a validated note is signed and only amended. */
public enum NoteStatus implements Labelled {
    DRAFT("Draft"),
    VALIDATED("Validated");

    private final String label;

    NoteStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
