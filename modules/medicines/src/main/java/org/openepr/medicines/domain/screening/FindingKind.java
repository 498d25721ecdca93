package org.openepr.medicines.domain.screening;

import org.openepr.platform.text.Labelled;

/** What a screening rule looked for. */
public enum FindingKind implements Labelled {
    ALLERGY("Allergy"),
    INTERACTION("Interaction"),
    DOSE("Maximum dose"),
    DUPLICATE("Duplicate therapy"),
    FORMULARY("Formulary");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
