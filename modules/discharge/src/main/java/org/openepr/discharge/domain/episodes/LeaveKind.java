package org.openepr.discharge.domain.episodes;

import org.openepr.platform.text.Labelled;

/** Leave from the ward: granted under section 17 of the Mental Health Act to a detained patient, or agreed with an informal one. */
public enum LeaveKind implements Labelled {
    SECTION_17("Section 17 leave"),
    AGREED("Agreed leave (informal patient)");

    private final String label;

    LeaveKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
