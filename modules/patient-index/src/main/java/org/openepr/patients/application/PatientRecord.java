package org.openepr.patients.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.Patient;

/** What screens and the API show of a patient: a detached copy, safe to keep in a view. */
public record PatientRecord(UUID id, String nhsNumber, String nhsNumberFormatted, String familyName, String givenName,
                            LocalDate birthDate, int age, String gender, String genderLabel, String addressLine1,
                            String addressLine2, String town, String postcode, String gpPractice, int version,
                            Instant updatedAt, String updatedBy) {

    static PatientRecord of(Patient p, LocalDate today) {
        return new PatientRecord(p.id(), p.nhsNumber().value(), p.nhsNumber().formatted(), p.familyName(), p.givenName(),
                p.birthDate(), p.ageOn(today), p.gender().fhirCode(), p.gender().label(), p.address().line1(),
                p.address().line2(), p.address().town(), p.address().postcode().value(), p.gpPractice().value(), p.version(),
                p.updatedAt(), p.updatedBy());
    }

    /** Banner form: FAMILY, Given. */
    public String displayName() {
        return familyName.toUpperCase() + ", " + givenName;
    }
}
