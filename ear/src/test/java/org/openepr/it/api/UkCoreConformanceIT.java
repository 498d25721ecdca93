package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * What the API returns conforms to the NHS's UK Core Patient profile (STU2 2.0.0, copied into
 * ear/src/test/ukcore), checked offline with HAPI FHIR's instance validator.
 */
class UkCoreConformanceIT {

    static FhirValidator validator;
    static int profilesLoaded;

    @BeforeAll
    static void loadUkCore() {
        validator = UkCore.validator();
        profilesLoaded = UkCore.profilesLoaded();
    }

    static List<SingleValidationMessage> errors(String json) {
        return UkCore.errors(json);
    }

    @Test
    void thePatientTheApiReturnsConformsToUkCorePatient() {
        assertTrue(profilesLoaded > 100, "UK Core profiles loaded: " + profilesLoaded);
        String token = Tokens.of("rat.clinician");
        Patient created = Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Conformant", "Cora", "1944-04-04"));
        String read = Http.get(Env.BASE_URL + "/fhir/Patient/" + created.getIdPart(), token).body();
        assertTrue(read.contains("UKCore-Patient"), "claims the profile");
        var messages = validator.validateWithResult(read).getMessages();
        assertFalse(messages.stream().anyMatch(m -> m.getMessage().contains("UKCore-Patient") && m.getMessage().contains("unknown")),
                "the validator knows the UK Core Patient profile: " + messages);
        assertEquals(List.of(), errors(read));
    }

    @Test
    void aPatientWithEveryDetailAndNoGpConformsToUkCorePatient() {
        String token = Tokens.of("rat.clinician");
        String died = org.openepr.it.support.ServerClock.today().minusDays(1).toString();
        Patient created = Fhir.register(token, Fhir.withEveryDetailAndNoGp(Fhir.patient(NhsNumbers.next(), "Detailed", "Dee", "1939-03-03"), died));
        String read = Http.get(Env.BASE_URL + "/fhir/Patient/" + created.getIdPart(), token).body();
        for (String part : List.of("telecom", "contact", "communication", Fhir.INTERPRETER_REQUIRED, Fhir.ETHNIC_CATEGORY, "deceasedDateTime")) {
            assertTrue(read.contains(part), "the resource carries " + part + ": " + read);
        }
        assertFalse(read.contains("generalPractitioner"), "no GP is no generalPractitioner");
        assertEquals(List.of(), errors(read));
    }

    @Test
    void searchResultsConformToo() {
        String token = Tokens.of("rat.clinician");
        Patient created = Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Bundled", "Bea", "1955-05-05"));
        String bundle = Http.get(Env.BASE_URL + "/fhir/Patient?identifier=" + Fhir.NHS + "%7C" + created.getIdentifierFirstRep().getValue(), token).body();
        assertEquals(List.of(), errors(bundle));
    }

    @Test
    void scheduleSlotAndAppointmentConformToUkCore() {
        String token = Tokens.of("rat.clerk");
        var fixture = org.openepr.it.support.ClinicFixtures.slot("RAT", 1,
                org.openepr.it.support.ServerClock.daysAheadAt(5, 11));
        Patient patient = Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Booked", "Bo", "1966-06-06"));
        var appointment = new org.hl7.fhir.r4.model.Appointment();
        appointment.setStatus(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED);
        appointment.addSlot(new org.hl7.fhir.r4.model.Reference("Slot/" + fixture.slotId()));
        appointment.addParticipant().setActor(new org.hl7.fhir.r4.model.Reference("Patient/" + patient.getIdPart()))
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        var created = Http.post(Env.BASE_URL + "/fhir/Appointment", token, Fhir.json(appointment), java.util.Map.of());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.body().contains("UKCore-Appointment"));
        assertEquals(List.of(), errors(created.body()));
        String slot = Http.get(Env.BASE_URL + "/fhir/Slot/" + fixture.slotId(), token).body();
        assertTrue(slot.contains("UKCore-Slot"));
        assertEquals(List.of(), errors(slot));
        String schedule = Http.get(Env.BASE_URL + "/fhir/Schedule/" + fixture.clinicId(), token).body();
        assertTrue(schedule.contains("UKCore-Schedule"));
        assertEquals(List.of(), errors(schedule));
    }

    @Test
    void theValidatorDoesRejectAPatientThatBreaksTheProfile() {
        // A control: an NHS number identifier without its value breaks UK Core's nhsNumber slice.
        Patient broken = Fhir.patient(NhsNumbers.next(), "Broken", "Bo", "1960-01-01");
        broken.getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
        broken.getIdentifierFirstRep().setValue(null);
        broken.getIdentifierFirstRep().getSystemElement().setValue("https://fhir.nhs.uk/Id/nhs-number");
        assertFalse(errors(Fhir.json(broken)).isEmpty(), "the validator must find the broken slice");
    }

    @Test
    void operationOutcomesAndTheCapabilityStatementAreValidFhir() {
        String outcome = Http.get(Env.BASE_URL + "/fhir/Patient/not-an-id", Tokens.of("rat.clinician")).body();
        assertEquals(List.of(), errors(outcome));
        String metadata = Http.get(Env.BASE_URL + "/fhir/metadata", null).body();
        assertEquals(List.of(), errors(metadata));
    }
}
