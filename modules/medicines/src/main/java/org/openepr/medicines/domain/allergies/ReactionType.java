package org.openepr.medicines.domain.allergies;

import org.openepr.platform.text.Labelled;

/** An allergy (immune: never again) or an intolerance (an unwanted effect: use with care). FHIR's type. */
public enum ReactionType implements Labelled {
    ALLERGY("Allergy", "allergy"),
    INTOLERANCE("Intolerance", "intolerance");

    private final String label;
    private final String fhirCode;

    ReactionType(String label, String fhirCode) {
        this.label = label;
        this.fhirCode = fhirCode;
    }

    @Override
    public String label() {
        return label;
    }

    public String fhirCode() {
        return fhirCode;
    }
}
