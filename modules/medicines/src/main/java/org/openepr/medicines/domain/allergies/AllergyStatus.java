package org.openepr.medicines.domain.allergies;

import org.openepr.platform.text.Labelled;

/** Whether anyone has asked: "no known drug allergies" is a recorded fact, "not recorded" is a gap shown in red. */
public enum AllergyStatus implements Labelled {
    NOT_RECORDED("Allergies not recorded"),
    NO_KNOWN_ALLERGIES("No known drug allergies"),
    RECORDED("Allergies recorded");

    private final String label;

    AllergyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
