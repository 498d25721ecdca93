package org.openepr.patients.domain;

import org.openepr.platform.text.Labelled;

/** Administrative gender as FHIR and the NHS Data Dictionary record it for the patient index. */
public enum Gender implements Labelled {
    MALE("male", "Male"),
    FEMALE("female", "Female"),
    OTHER("other", "Other"),
    UNKNOWN("unknown", "Not known");

    private final String fhirCode;
    private final String label;

    Gender(String fhirCode, String label) {
        this.fhirCode = fhirCode;
        this.label = label;
    }

    public String fhirCode() {
        return fhirCode;
    }

    @Override
    public String label() {
        return label;
    }

    public static Gender fromCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Gender is required");
        }
        for (Gender g : values()) {
            if (g.fhirCode.equalsIgnoreCase(code.strip()) || g.name().equalsIgnoreCase(code.strip())) {
                return g;
            }
        }
        throw new IllegalArgumentException("Gender must be one of male, female, other, unknown");
    }
}
