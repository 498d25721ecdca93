package org.openepr.medicines.domain.allergies;

import org.openepr.platform.text.Labelled;

/** How severe the reaction was (FHIR reaction.severity). */
public enum AllergySeverity implements Labelled {
    MILD("Mild", "mild"), MODERATE("Moderate", "moderate"), SEVERE("Severe", "severe");

    private final String label;
    private final String fhirCode;

    AllergySeverity(String label, String fhirCode) {
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
