package org.openepr.patients.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PatientRegistrationTest {

    static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void theRegistrationGoesThroughTheExportToTheMillisecond() {
        Instant at = Instant.parse("2024-03-05T09:15:42.123Z");
        Patient exported = PatientRegistration.with(new Patient(), at, "clerk.one");
        String json = FHIR.newJsonParser().encodeResourceToString(exported);

        PatientRegistration.Registered read = PatientRegistration.of(FHIR.newJsonParser().parseResource(Patient.class, json));

        assertEquals(at, read.at());
        assertEquals("clerk.one", read.by());
    }

    @Test
    void aPatientWithoutItIsRegisteredByTheImport() {
        PatientRegistration.Registered read = PatientRegistration.of(new Patient());
        assertNull(read.at());
        assertNull(read.by());
    }

    @Test
    void aTimeThatIsNotAnInstantIsRefused() {
        Patient p = new Patient();
        p.setId("p1");
        Extension registration = new Extension(PatientRegistration.URL);
        registration.addExtension(new Extension("at", new StringType("yesterday")));
        p.addExtension(registration);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatientRegistration.of(p));
        assertEquals("Patient/p1: registration time must be an instant", e.getMessage());
    }
}
