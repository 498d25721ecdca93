package org.openepr.patients.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.UkCore;

/** The export's Patient carries when and by whom the patient was registered (an extension of ours) and stays valid. */
class ExportedRegistrationConformsTest {

    @Test
    void aPatientWithItsRegistrationConforms() {
        Patient patient = new Patient();
        patient.addName().setFamily("Roundtrip").addGiven("Rita");
        patient.setGender(AdministrativeGender.FEMALE);
        Instant at = Instant.parse("2027-03-03T10:15:30.123Z");
        String json = Fhir.json(PatientRegistration.with(patient, at, "rat.clerk"));
        assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList(), json);
        assertEquals(at, PatientRegistration.of(Fhir.parse(Patient.class, json)).at(), "read back as written");
    }
}
