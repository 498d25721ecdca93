package org.openepr.medicines.domain.allergies;

import org.openepr.platform.text.Labelled;

/** How sure the record is (FHIR verificationStatus): suspected ("unconfirmed") or confirmed. */
public enum Certainty implements Labelled {
    SUSPECTED("Suspected", "unconfirmed"), CONFIRMED("Confirmed", "confirmed");

    private final String label;
    private final String fhirCode;

    Certainty(String label, String fhirCode) {
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
