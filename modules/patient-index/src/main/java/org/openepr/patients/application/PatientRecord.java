package org.openepr.patients.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.EmailAddress;
import org.openepr.patients.domain.EthnicCategory;
import org.openepr.patients.domain.Language;
import org.openepr.patients.domain.NextOfKin;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PhoneNumber;

/**
 * What screens and the API show of a patient: a detached copy, safe to keep in a view. Null means not recorded
 * (gpPractice null: no registered GP; deceasedDate null: alive as far as the trust knows).
 */
public record PatientRecord(UUID id, String nhsNumber, String nhsNumberFormatted, String familyName, String givenName,
                            LocalDate birthDate, int age, String gender, String genderLabel, String addressLine1,
                            String addressLine2, String town, String postcode, String gpPractice, int version,
                            Instant updatedAt, String updatedBy, PhoneNumber phone, EmailAddress email, NextOfKin nextOfKin,
                            Language preferredLanguage, boolean interpreterRequired, EthnicCategory ethnicCategory,
                            LocalDate deceasedDate) implements Serializable {

    static PatientRecord of(Patient p, LocalDate today) {
        // a deceased patient's age stops at their death
        LocalDate ageOn = p.deceasedDate() == null ? today : p.deceasedDate();
        return new PatientRecord(p.id(), p.nhsNumber().value(), p.nhsNumber().formatted(), p.familyName(), p.givenName(),
                p.birthDate(), p.ageOn(ageOn), p.gender().fhirCode(), p.gender().label(), p.address().line1(),
                p.address().line2(), p.address().town(), p.address().postcode().value(),
                p.gpPractice().map(g -> g.value()).orElse(null), p.version(), p.updatedAt(), p.updatedBy(), p.phone(), p.email(),
                p.nextOfKin(), p.preferredLanguage(), p.interpreterRequired(), p.ethnicCategory(), p.deceasedDate());
    }

    /** Banner form: FAMILY, Given. */
    public String displayName() {
        return familyName.toUpperCase() + ", " + givenName;
    }

    public boolean deceased() {
        return deceasedDate != null;
    }

    public boolean hasRegisteredGp() {
        return gpPractice != null;
    }
}
