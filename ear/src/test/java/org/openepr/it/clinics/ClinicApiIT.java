package org.openepr.it.clinics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;

/** Schedule, Slot and Appointment over the API: booking rules, concurrency on PostgreSQL, trust isolation. */
class ClinicApiIT {

    static final String CLERK = "rat.clerk";
    static ClinicFixtures.Fixture ratSlot;
    static String ratPatient;
    static String ratAppointment;

    @BeforeAll
    static void aBookedRatSlot() {
        ratSlot = ClinicFixtures.slot("RAT", 2, ServerClock.daysAheadAt(10, 10));
        ratPatient = registered(Tokens.of(CLERK), "Clinicapi");
        var answer = book(Tokens.of(CLERK), ratSlot.slotId().toString(), ratPatient);
        assertEquals(201, answer.status(), answer.body());
        ratAppointment = Fhir.parse(Appointment.class, answer.body()).getIdPart();
    }

    static String registered(String token, String family) {
        return Fhir.register(token, Fhir.patient(NhsNumbers.next(), family, "Pat", "1950-01-01")).getIdPart();
    }

    static String appointment(String slotId, String patientId) {
        Appointment a = new Appointment();
        a.setStatus(Appointment.AppointmentStatus.BOOKED);
        a.addSlot(new Reference("Slot/" + slotId));
        a.addParticipant().setActor(new Reference("Patient/" + patientId)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
        a.addReasonCode().setText("Memory assessment");
        return Fhir.json(a);
    }

    static Http.Answer book(String token, String slotId, String patientId) {
        return Http.post(Env.BASE_URL + "/fhir/Appointment", token, appointment(slotId, patientId), Map.of());
    }

    @Test
    void readsTheScheduleTheSlotAndTheAppointment() {
        String token = Tokens.of(CLERK);
        var schedule = Http.get(Env.BASE_URL + "/fhir/Schedule/" + ratSlot.clinicId(), token);
        assertEquals(200, schedule.status(), schedule.body());
        var slot = Http.get(Env.BASE_URL + "/fhir/Slot/" + ratSlot.slotId(), token);
        assertEquals("free", slot.json().getString("status"), "one of its two places is still free");
        var appointment = Fhir.parse(Appointment.class, Http.get(Env.BASE_URL + "/fhir/Appointment/" + ratAppointment, token).body());
        assertEquals(Appointment.AppointmentStatus.BOOKED, appointment.getStatus());
        assertEquals("Slot/" + ratSlot.slotId(), appointment.getSlotFirstRep().getReference());
        assertEquals("Patient/" + ratPatient, appointment.getParticipantFirstRep().getActor().getReference());
    }

    @Test
    void searchesFreeSlotsAndAppointmentsByPatientAndDate() {
        String token = Tokens.of(CLERK);
        String day = ratSlot.startsAt().toLocalDate().toString();
        var slots = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Slot?schedule=Schedule/" + ratSlot.clinicId() + "&start=ge" + day
                + "&start=le" + day + "&status=free", token));
        assertEquals(1, slots.getTotal());
        var byPatient = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Appointment?patient=Patient/" + ratPatient, token));
        assertEquals(1, byPatient.getTotal());
        var clinicList = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Appointment?schedule=Schedule/" + ratSlot.clinicId() + "&date=" + day, token));
        assertEquals(1, clinicList.getTotal());
        assertEquals(ratAppointment, clinicList.getEntryFirstRep().getResource().getIdElement().getIdPart());
        var byDate = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Appointment?date=" + day, token));
        assertTrue(byDate.getEntry().stream().anyMatch(e -> e.getResource().getIdElement().getIdPart().equals(ratAppointment)));
    }

    @Test
    void bookingTheSamePatientIntoTheSameSlotAgainReturnsTheFirstBooking() {
        var again = book(Tokens.of(CLERK), ratSlot.slotId().toString(), ratPatient);
        assertEquals(200, again.status(), again.body());
        assertEquals(ratAppointment, Fhir.parse(Appointment.class, again.body()).getIdPart());
    }

    @Test
    void fiftyClientsRaceForOneSingleSlot() throws Exception {
        race(1);
    }

    @Test
    void fiftyClientsRaceForAGroupSlotOfEight() throws Exception {
        race(8);
    }

    void race(int capacity) throws Exception {
        var slot = ClinicFixtures.slot("RKL", capacity, ServerClock.daysAheadAt(20, 14));
        String token = Tokens.of("rkl.clerk");
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            patients.add(registered(token, "Racer"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (String p : patients) {
            Callable<Http.Answer> call = () -> {
                start.await();
                return book(token, slot.slotId().toString(), p);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Http.Answer> f : answers) {
            Http.Answer a = f.get();
            if (a.status() == 201) {
                created++;
            } else {
                assertEquals(409, a.status(), a.body());
                assertTrue(Fhir.diagnostics(a).contains("Slot no longer free"), a.body());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(capacity, created);
        assertEquals(50 - capacity, refused);
        try (Connection su = Db.asSuperuser()) {
            assertEquals(capacity, Db.count(su, "select count(*) from booking where slot_id = ? and status = 'BOOKED'", slot.slotId()));
            assertEquals(capacity, Db.count(su, "select booked from slot where id = ?", slot.slotId()));
        }
        var now = Http.get(Env.BASE_URL + "/fhir/Slot/" + slot.slotId(), token);
        assertEquals("busy", now.json().getString("status"));
    }

    @Test
    void bookingIntoThePastAnUnknownPatientOrANonsenseSlotIsRefused() {
        String token = Tokens.of(CLERK);
        var past = ClinicFixtures.slot("RAT", 1, ServerClock.daysAheadAt(-2, 9));
        var pastAnswer = book(token, past.slotId().toString(), ratPatient);
        assertEquals(400, pastAnswer.status());
        assertTrue(Fhir.diagnostics(pastAnswer).contains("in the past"));
        var unknown = book(token, ratSlot.slotId().toString(), UUID.randomUUID().toString());
        assertEquals(400, unknown.status());
        assertTrue(Fhir.diagnostics(unknown).contains("No such patient"));
        assertEquals("Appointment.participant.actor", Fhir.outcome(unknown).getIssueFirstRep().getExpression().get(0).getValue());
        var noSlot = book(token, "not-a-slot", ratPatient);
        assertEquals(400, noSlot.status());
        try (Connection su = Db.asSuperuser()) {
            assertEquals(0, Db.count(su, "select count(*) from booking where slot_id = ?", past.slotId()));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anotherTrustsClinicSlotAndAppointmentLookExactlyLikeNone() {
        String rkl = Tokens.of("rkl.clerk");
        for (String path : List.of("Schedule/" + ratSlot.clinicId(), "Slot/" + ratSlot.slotId(), "Appointment/" + ratAppointment)) {
            var other = Http.get(Env.BASE_URL + "/fhir/" + path, rkl);
            var none = Http.get(Env.BASE_URL + "/fhir/" + path.substring(0, path.indexOf('/') + 1) + UUID.randomUUID(), rkl);
            assertEquals(404, other.status(), path);
            assertEquals(none.body(), other.body(), path);
        }
        var slotsOfOther = Http.get(Env.BASE_URL + "/fhir/Slot?schedule=Schedule/" + ratSlot.clinicId(), rkl);
        var slotsOfNone = Http.get(Env.BASE_URL + "/fhir/Slot?schedule=Schedule/" + UUID.randomUUID(), rkl);
        assertEquals(slotsOfNone.status(), slotsOfOther.status());
        assertEquals(slotsOfNone.body(), slotsOfOther.body());
        var apptsOfOther = Http.get(Env.BASE_URL + "/fhir/Appointment?patient=Patient/" + ratPatient, rkl);
        assertEquals(404, apptsOfOther.status());
        var listOfOther = Http.get(Env.BASE_URL + "/fhir/Appointment?schedule=Schedule/" + ratSlot.clinicId() + "&date="
                + ratSlot.startsAt().toLocalDate(), rkl);
        assertEquals(404, listOfOther.status());
        String rklPatient = registered(rkl, "Crosser");
        var intoOther = book(rkl, ratSlot.slotId().toString(), rklPatient);
        var intoNone = book(rkl, UUID.randomUUID().toString(), rklPatient);
        assertEquals(intoNone.status(), intoOther.status());
        assertEquals(intoNone.body(), intoOther.body());
        var schedules = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Schedule", rkl));
        assertTrue(schedules.getEntry().stream().noneMatch(e -> e.getResource().getIdElement().getIdPart().equals(ratSlot.clinicId().toString())));
    }

    @Test
    void theHostingOperatorAndPharmacistsCannotBook() {
        for (String user : List.of("operator", "rat.pharmacist")) {
            var answer = book(Tokens.of(user), ratSlot.slotId().toString(), ratPatient);
            assertEquals(403, answer.status(), user);
            assertEquals(403, Http.get(Env.BASE_URL + "/fhir/Slot/" + ratSlot.slotId(), Tokens.of(user)).status(), user);
        }
    }
}
