package org.openepr.it.clinics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.DnaReport;
import org.openepr.clinics.application.OutcomesWithoutNextStep;
import org.openepr.clinics.application.ReferrerLetters;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.security.Roles;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** Clinic management's use cases inside Liberty on PostgreSQL, with a clock the test can move. */
@ExtendWith(ArquillianExtension.class)
class ClinicsIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-clinics-it", NhsNumbers.class, MovableClock.class, AsAnotherUser.class);
    }

    @Inject TrustContext trust;
    @Inject MovableClock clock;
    @Inject ClinicSetup setup;
    @Inject FindFreeSlots freeSlots;
    @Inject BookAppointment booking;
    @Inject ClinicDay clinicDay;
    @Inject Appointments appointments;
    @Inject WaitingList waitingList;
    @Inject RegisterPatient registerPatient;
    @Inject ReadAuditTrail audit;
    @Inject DnaReport dnaReport;
    @Inject OutcomesWithoutNextStep outcomesWithoutNextStep;
    @Inject ReferrerLetters referrerLetters;

    /** A Monday a few weeks ahead that, like the Monday after it, is not a bank holiday. */
    static final LocalDate MONDAY = firstOrdinaryMonday(LocalDate.now().plusWeeks(3));

    static LocalDate firstOrdinaryMonday(LocalDate from) {
        LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (org.openepr.clinics.domain.BankHolidays.isBankHoliday(d) || org.openepr.clinics.domain.BankHolidays.isBankHoliday(d.plusWeeks(1))) {
            d = d.plusWeeks(1);
        }
        return d;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A clerk who is also the trust's admin: sets up clinics, books, and reads the audit trail. */
    void workIn(String ods) {
        trust.bind(new Caller("it.clerk", "IT Clerk", "127.0.0.1", Set.of(Roles.CLERK, Roles.TRUST_ADMIN)), OdsCode.of(ods));
    }

    UUID patient(String family) {
        return registerPatient.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), family, "Pat", "1950-01-01", "male",
                "1 Clinic Road", null, "London", "E1 6AN", "F84003")).patient().id();
    }

    ClinicView clinicWithMondayMornings(String capacity) {
        String name = "IT Clinic " + UUID.randomUUID().toString().substring(0, 8);
        ClinicView c = setup.createClinic(new ClinicSetup.ClinicForm(name, "Memory Service", "Goodmayes Hospital", "Dr Patel, Nurse Jones"));
        setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "09:00", "11:00", "30", capacity, "NEW", "Dr Patel",
                MONDAY.minusWeeks(8).toString(), null));
        return c;
    }

    @Test
    void setUp_generatesSlotsFromTemplatesAndSkipsWhatExists() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        var made = setup.generate(c.id(), MONDAY, MONDAY.plusDays(13));
        assertEquals(2, made.sessions());
        assertEquals(8, made.slots(), "two Monday sessions of four 30-minute slots");
        assertEquals(0, setup.generate(c.id(), MONDAY, MONDAY.plusDays(13)).sessions(), "generating again makes nothing new");
        List<SlotView> free = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY);
        assertEquals(4, free.size());
        assertEquals(MONDAY.atTime(9, 0), free.get(0).startsAt());
    }

    @Test
    void setUp_isAuditedAsConfigurationWithWhoWhatAndWhich() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        var template = setup.templates(c.id()).get(0);
        setup.generate(c.id(), MONDAY, MONDAY);
        var session = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(0).sessionId();
        setup.cancelSession(session, "Clinician on leave");
        var aboutClinic = audit.about(c.id()).stream().map(a -> a.action()).toList();
        assertTrue(aboutClinic.containsAll(List.of("CLINIC_CREATED", "SLOTS_MADE")), aboutClinic.toString());
        var created = audit.about(c.id()).stream().filter(a -> a.action().equals("CLINIC_CREATED")).findFirst().orElseThrow();
        assertEquals("Schedule", created.resourceType());
        assertEquals("it.clerk", created.actor());
        assertEquals(null, created.patientId(), "configuration concerns no patient");
        assertTrue(created.detail().contains("Goodmayes Hospital"), created.detail());
        var added = audit.about(template.id()).get(0);
        assertEquals("SESSION_TEMPLATE_ADDED", added.action());
        assertTrue(added.detail().contains(c.id().toString()) && added.detail().contains("MONDAY 09:00-11:00"), added.detail());
        var cancelled = audit.about(session).get(0);
        assertEquals("SESSION_CANCELLED", cancelled.action());
        assertTrue(cancelled.detail().contains("Clinician on leave"), cancelled.detail());
    }

    @Test
    void aTrustThatHasNotTakenClinicsIsRefusedEveryUseCase() {
        // RWK (East London) takes the patient index only (tenants/trusts/RWK.json)
        workIn("RWK");
        var setupRefused = assertThrows(AccessRefusedException.class, () -> setup.clinics());
        assertTrue(setupRefused.getMessage().contains("has not taken clinic management"), setupRefused.getMessage());
        assertThrows(AccessRefusedException.class, () -> freeSlots.search(null, null, null, null, MONDAY, MONDAY));
        assertThrows(AccessRefusedException.class, () -> waitingList.waiting(null));
        assertThrows(AccessRefusedException.class, () -> appointments.toBeRebooked());
        UUID patient = patient("Rwkonly"); // the patient index it has taken still works
        assertThrows(AccessRefusedException.class, () -> appointments.forPatient(patient));
    }

    @Test
    void aPharmacistCannotBookHoweverTheCallIsReached() {
        trust.bind(new Caller("it.pharmacist", "IT Pharmacist", "127.0.0.1", Set.of(Roles.PHARMACIST)), OdsCode.of("RAT"));
        var refused = assertThrows(AccessRefusedException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null, null)));
        assertTrue(refused.getMessage().contains("clinician, clerk"), refused.getMessage());
        assertThrows(AccessRefusedException.class, () -> appointments.forPatient(UUID.randomUUID()),
                "the appointments panel's use case refuses a pharmacist even when the panel is included in another page");
    }

    @Test
    void setUp_refusesOverlappingTemplatesAndBadShapes() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        var overlap = assertThrows(BookingRuleException.class, () -> setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "10:30",
                "12:00", "30", "1", "NEW", "Nurse Jones", MONDAY.toString(), null)));
        assertTrue(overlap.getMessage().contains("overlaps"));
        var shape = assertThrows(InvalidInputException.class, () -> setup.addTemplate(c.id(), new SessionPattern.Form("TUESDAY", "12:00",
                "09:00", "30", "10000", "NEW", "Dr Patel", MONDAY.toString(), null)));
        assertEquals(List.of("capacity", "endsAt"), shape.problems().stream().map(p -> p.field()).sorted().toList());
        assertEquals(1, setup.templates(c.id()).size(), "nothing was saved");
    }

    @Test
    void booking_checkIn_outcome_andTheRulesOnTheWay() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY);
        SlotView nine = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(0);
        UUID patient = patient("Booked");
        clock.set(MONDAY.minusDays(7).atTime(12, 0));
        var b = booking.book(new BookAppointment.Request(UUID.randomUUID(), nine.id(), patient, "NEW", "Memory assessment", c.id())).booking();
        assertEquals("BOOKED", b.status());
        assertFalse(freeSlots.slot(nine.id()).free(), "the single place is taken");
        // no outcome before arrival, and no outcome without what happens next
        clock.set(MONDAY.atTime(9, 5));
        assertThrows(BookingRuleException.class, () -> clinicDay.conclude(b.id(), "ATTENDED", "DISCHARGE", null));
        clinicDay.checkIn(b.id());
        var withoutNextStep = assertThrows(BookingRuleException.class, () -> clinicDay.recordOutcome(b.id(), "ATTENDED", null));
        assertEquals("nextStep", withoutNextStep.field());
        // seen, follow-up in 6 weeks, and this clinic has no follow-up slots: the patient waits on the list, due in 6 weeks
        var concluded = clinicDay.conclude(b.id(), "ATTENDED", "FOLLOW_UP", 6);
        assertEquals("ATTENDED", concluded.booking().status());
        assertTrue(concluded.offered().isEmpty(), "no follow-up slots, so none are offered");
        assertEquals(MONDAY.plusWeeks(6), concluded.dueOn());
        var waiting = waitingList.waiting("Memory Service").stream().filter(e -> e.id().equals(concluded.waitingEntry())).findFirst()
                .orElseThrow(() -> new AssertionError("the patient is on the waiting list"));
        assertEquals(patient, waiting.patient().id());
        assertEquals("Follow-up", waiting.kind());
        assertEquals(MONDAY.plusWeeks(6), waiting.dueDate());
        var list = clinicDay.list(c.id(), MONDAY);
        assertEquals(1, list.bookedCount());
        assertEquals("ATTENDED", list.sessions().get(0).rows().get(0).booking().status());
        assertEquals("FOLLOW_UP", list.sessions().get(0).rows().get(0).booking().nextStep());
        assertTrue(audit.forPatient(patient).stream().map(a -> a.action()).toList()
                .containsAll(List.of("APPOINTMENT_BOOKED", "PATIENT_CHECKED_IN", "APPOINTMENT_OUTCOME_RECORDED", "REFERRAL_ADDED")));
        assertTrue(outcomesWithoutNextStep.list().stream().noneMatch(x -> x.id().equals(b.id())));
    }

    @Test
    void noOutcomeLeavesAPatientOnNoList() {
        workIn("TAF");
        String service = "Memory " + UUID.randomUUID().toString().substring(0, 6);
        String name = "IT Ends " + UUID.randomUUID().toString().substring(0, 8);
        ClinicView c = setup.createClinic(new ClinicSetup.ClinicForm(name, service, "Highgate", "Dr Evans"));
        setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "09:00", "12:00", "30", "1", "NEW", "Dr Evans", MONDAY.toString(), null));
        setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "14:00", "16:00", "30", "1", "FOLLOW_UP", "Dr Evans", MONDAY.toString(), null));
        setup.generate(c.id(), MONDAY, MONDAY.plusWeeks(8));
        var slots = freeSlots.search(c.id(), null, null, AppointmentType.NEW, MONDAY, MONDAY);
        UUID seen = patient("Ends");
        UUID dna = patient("Ends");
        UUID notSeen = patient("Ends");
        UUID dnaDischarged = patient("Ends");
        clock.set(MONDAY.minusDays(7).atTime(12, 0));
        var bSeen = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), seen, null, null, null)).booking();
        var bDna = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), dna, null, null, null)).booking();
        var bNotSeen = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(2).id(), notSeen, null, null, null)).booking();
        var bDischarged = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(3).id(), dnaDischarged, null, null, null)).booking();
        clock.set(MONDAY.atTime(11, 0));
        clinicDay.checkIn(bSeen.id());
        clinicDay.checkIn(bNotSeen.id());
        assertEquals(NextStep.OFFER_ANOTHER, clinicDay.dnaDecision(), "a trust that has not decided offers another appointment");
        // seen, follow-up in 4 weeks, with follow-up slots that week: offered at once, booking one takes the patient off the list
        var followUp = clinicDay.conclude(bSeen.id(), "ATTENDED", "FOLLOW_UP", 4);
        assertFalse(followUp.offered().isEmpty(), "free follow-up slots around the due date are offered");
        assertTrue(followUp.offered().stream().allMatch(x -> x.type().equals("FOLLOW_UP")));
        var booked = waitingList.bookFromList(followUp.waitingEntry(), followUp.offered().get(0).id(), UUID.randomUUID());
        assertEquals(seen, booked.patient().id());
        assertEquals("FOLLOW_UP", booked.type());
        // did not attend, the trust's decision (another appointment): on the list, due now
        var another = clinicDay.conclude(bDna.id(), "DID_NOT_ATTEND", "OFFER_ANOTHER", null);
        assertEquals(MONDAY, another.dueOn());
        // could not be seen: another appointment
        var notSeenAgain = clinicDay.conclude(bNotSeen.id(), "COULD_NOT_BE_SEEN", "OFFER_ANOTHER", null);
        // did not attend, discharged back to the referrer: a next step, and its letter
        var discharged = clinicDay.conclude(bDischarged.id(), "DID_NOT_ATTEND", "DISCHARGE_TO_REFERRER", null);
        assertEquals(null, discharged.waitingEntry());
        assertTrue(referrerLetters.dnaDischarge(bDischarged.id()).clinicName().equals(name));
        assertThrows(BookingRuleException.class, () -> referrerLetters.dnaDischarge(bDna.id()), "no letter for a patient offered another");
        var onList = waitingList.waiting(service).stream().map(e -> e.patient().id()).toList();
        assertEquals(Set.of(dna, notSeen), Set.copyOf(onList), "the two waiting for another appointment are on the list; the booked follow-up left it");
        assertEquals(2, onList.size());
        assertTrue(waitingList.waiting(service).stream().allMatch(e -> e.kind().equals("Another appointment")));
        var ours = List.of(bSeen.id(), bDna.id(), bNotSeen.id(), bDischarged.id());
        assertTrue(outcomesWithoutNextStep.list().stream().noneMatch(x -> ours.contains(x.id())), "every outcome has a next step");
        // the trust decides: after a DNA, discharge to the referrer first
        assertEquals(NextStep.DISCHARGE_TO_REFERRER, setup.decideAfterDna("discharge to referrer"));
        assertEquals(NextStep.DISCHARGE_TO_REFERRER, clinicDay.dnaDecision());
        assertThrows(BookingRuleException.class, () -> setup.decideAfterDna("FOLLOW_UP"));
        setup.decideAfterDna("OFFER_ANOTHER");
        var decided = audit.about("clinics.dna_next_step"); // a trust setting, audited as every module's
        assertTrue(decided.stream().anyMatch(a -> a.action().equals("TRUST_SETTING_DECIDED") && a.detail().equals("from DISCHARGE_TO_REFERRER to OFFER_ANOTHER")),
                decided.toString());
    }

    @Test
    void booking_onePlacePerPatientInASession_andTheListCountsOnlyPlacesHeld() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY);
        var slots = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY);
        UUID patient = patient("Twice");
        clock.set(MONDAY.minusDays(7).atTime(12, 0));
        var first = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), patient, null, null, null)).booking();
        var twice = assertThrows(BookingRuleException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), patient, null, null, null)));
        assertTrue(twice.getMessage().contains("already has a place in this session, at 09:00"), twice.getMessage());
        assertTrue(freeSlots.slot(slots.get(1).id()).free(), "nothing was booked");
        var other = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), patient("Other"), null, null, null)).booking();
        booking.cancel(other.id(), true, "Moved away");
        assertEquals(1, clinicDay.list(c.id(), MONDAY).bookedCount(), "the cancelled booking stays on the list but is not counted");
        assertEquals("BOOKED", appointments.find(first.id()).status());
    }

    @Test
    void booking_dnaOnlyAfterTheStart() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY);
        SlotView slot = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(1);
        clock.set(MONDAY.minusDays(1).atTime(8, 0));
        var b = booking.book(new BookAppointment.Request(UUID.randomUUID(), slot.id(), patient("Dna"), null, null, null)).booking();
        clock.set(slot.startsAt().minusMinutes(1));
        var early = assertThrows(BookingRuleException.class, () -> clinicDay.conclude(b.id(), "DID_NOT_ATTEND", "OFFER_ANOTHER", null));
        assertTrue(early.getMessage().contains("after the appointment's start"));
        clock.set(slot.startsAt().plusMinutes(15));
        assertEquals("DID_NOT_ATTEND", clinicDay.conclude(b.id(), "DID_NOT_ATTEND", "OFFER_ANOTHER", null).booking().status());
        var counts = dnaReport.counts(MONDAY.minusDays(1), MONDAY);
        var mine = counts.stream().filter(d -> d.clinicId().equals(c.id())).findFirst().orElseThrow();
        assertEquals(1, mine.didNotAttend());
        assertEquals(100, mine.ratePercent());
    }

    @Test
    void aDnaIsUndoneOnlyByItsClinicianOnTheSameDay_takingThePatientOffTheWaitingList_audited() {
        // the test's user is the clinician who records the DNAs (and, as the trust's admin, sets up and reads the audit)
        trust.bind(new Caller("it.clinician", "IT Clinician", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN)), OdsCode.of("TAF"));
        String service = "Memory " + UUID.randomUUID().toString().substring(0, 6);
        ClinicView c = setup.createClinic(new ClinicSetup.ClinicForm("IT Undo " + service, service, "Highgate", "Dr Evans"));
        setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "09:00", "11:00", "30", "1", "NEW", "Dr Evans", MONDAY.toString(), null));
        setup.generate(c.id(), MONDAY, MONDAY);
        var slots = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY);
        UUID late = patient("Late");
        UUID absent = patient("Absent");
        clock.set(MONDAY.minusDays(7).atTime(12, 0));
        var bLate = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), late, null, null, null)).booking();
        var bAbsent = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), absent, null, null, null)).booking();
        clock.set(MONDAY.atTime(10, 0));
        clinicDay.conclude(bLate.id(), "DID_NOT_ATTEND", "OFFER_ANOTHER", null);
        clinicDay.conclude(bAbsent.id(), "DID_NOT_ATTEND", "OFFER_ANOTHER", null);
        assertEquals(Set.of(late, absent), Set.copyOf(waitingList.waiting(service).stream().map(e -> e.patient().id()).toList()));
        var row = clinicDay.list(c.id(), MONDAY).sessions().get(0).rows().get(0);
        assertTrue(row.offered().undoDidNotAttend() && !row.offered().checkIn(), "its clinician is offered the undo, not a check-in");

        // another clinician of the trust, a clerk, and the same clinician in another trust cannot undo it
        var other = assertThrows(BookingRuleException.class, () -> AsAnotherUser.run("TAF", "it.other", Set.of(Roles.CLINICIAN),
                () -> clinicDay.undoDidNotAttend(bLate.id())));
        assertTrue(other.getMessage().contains("clinician who recorded"), other.getMessage());
        assertFalse(AsAnotherUser.run("TAF", "it.other", Set.of(Roles.CLINICIAN),
                () -> clinicDay.list(c.id(), MONDAY).sessions().get(0).rows().get(0).offered().undoDidNotAttend()), "nor offered it");
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "it.clinician", Set.of(Roles.CLERK),
                () -> clinicDay.undoDidNotAttend(bLate.id())), "undoing a DNA is the clinician's");
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RAT", "it.clinician", Set.of(Roles.CLINICIAN),
                () -> clinicDay.undoDidNotAttend(bLate.id())), "another trust's booking is a missing one");
        assertEquals("DID_NOT_ATTEND", appointments.find(bLate.id()).status(), "nothing changed by the refusals");

        // the patient was in the waiting room after all: later the same day, the clinician undoes it and checks them in
        clock.set(MONDAY.atTime(16, 30));
        var undone = clinicDay.undoDidNotAttend(bLate.id());
        assertEquals("BOOKED", undone.status());
        assertEquals(null, undone.nextStep());
        assertEquals(List.of(absent), waitingList.waiting(service).stream().map(e -> e.patient().id()).toList(),
                "the waiting-list entry the DNA made is withdrawn: the patient is on exactly one list");
        assertEquals("ARRIVED", clinicDay.checkIn(bLate.id()).status());
        var audited = audit.about(bLate.id()).stream().filter(a -> a.action().equals("DNA_UNDONE")).findFirst()
                .orElseThrow(() -> new AssertionError("the undo is audited"));
        assertEquals("it.clinician", audited.actor());
        assertEquals(late, audited.patientId());
        assertTrue(audited.detail().contains("OFFER_ANOTHER") && audited.detail().contains("referral withdrawn="), audited.detail());

        // the next day (the service's clock, not the wall's) the other DNA stands
        clock.set(MONDAY.plusDays(1).atTime(8, 0));
        var nextDay = assertThrows(BookingRuleException.class, () -> clinicDay.undoDidNotAttend(bAbsent.id()));
        assertTrue(nextDay.getMessage().contains("on the day it was recorded"), nextDay.getMessage());
        assertEquals("DID_NOT_ATTEND", appointments.find(bAbsent.id()).status());
        assertEquals(List.of(absent), waitingList.waiting(service).stream().map(e -> e.patient().id()).toList());
    }

    @Test
    void booking_badRequestsAreRefusedAndNothingIsSaved() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        ClinicView other = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY);
        setup.generate(other.id(), MONDAY, MONDAY);
        SlotView slot = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(0);
        SlotView otherClinicsSlot = freeSlots.search(other.id(), null, null, null, MONDAY, MONDAY).get(0);
        UUID patient = patient("Refused");
        var unknown = assertThrows(BookingRuleException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), slot.id(), UUID.randomUUID(), null, null, c.id())));
        assertEquals("No such patient", unknown.getMessage());
        var wrongClinic = assertThrows(BookingRuleException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), otherClinicsSlot.id(), patient, null, null, c.id())));
        assertTrue(wrongClinic.getMessage().contains("another clinic"));
        var wrongType = assertThrows(BookingRuleException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), slot.id(), patient, "FOLLOW_UP", null, c.id())));
        assertEquals("type", wrongType.field());
        clock.set(MONDAY.atTime(9, 1));
        var past = assertThrows(BookingRuleException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), slot.id(), patient, null, null, c.id())));
        assertTrue(past.getMessage().contains("in the past"));
        clock.reset();
        assertTrue(appointments.forPatient(patient).upcoming().isEmpty(), "nothing was booked");
        assertTrue(freeSlots.slot(slot.id()).free());
    }

    @Test
    void booking_isIdempotentAndAGroupSlotTakesItsCapacity() {
        workIn("RKL");
        ClinicView c = clinicWithMondayMornings("3");
        setup.generate(c.id(), MONDAY, MONDAY);
        SlotView group = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(0);
        UUID first = patient("Group");
        UUID request = UUID.randomUUID();
        var once = booking.book(new BookAppointment.Request(request, group.id(), first, null, null, null));
        var again = booking.book(new BookAppointment.Request(request, group.id(), first, null, null, null));
        assertTrue(once.created());
        assertFalse(again.created());
        assertEquals(once.booking().id(), again.booking().id());
        booking.book(new BookAppointment.Request(UUID.randomUUID(), group.id(), patient("Group"), null, null, null));
        booking.book(new BookAppointment.Request(UUID.randomUUID(), group.id(), patient("Group"), null, null, null));
        assertEquals(3, freeSlots.slot(group.id()).booked());
        var full = assertThrows(org.openepr.clinics.domain.SlotNoLongerFreeException.class,
                () -> booking.book(new BookAppointment.Request(UUID.randomUUID(), group.id(), patient("Group"), null, null, null)));
        assertTrue(full.getMessage().contains("no longer free"));
    }

    @Test
    void reschedulingMovesThePlaceOrLeavesTheOldBookingWhole() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY);
        var slots = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY);
        UUID patient = patient("Moving");
        var original = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), patient, null, "First", null)).booking();
        booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), patient("Taken"), null, null, null));
        // into a full slot: refused, and the original booking still holds its place
        assertThrows(org.openepr.clinics.domain.SlotNoLongerFreeException.class,
                () -> booking.reschedule(original.id(), slots.get(1).id(), UUID.randomUUID(), null));
        assertEquals("BOOKED", appointments.find(original.id()).status());
        assertFalse(freeSlots.slot(slots.get(0).id()).free());
        var moved = booking.reschedule(original.id(), slots.get(2).id(), UUID.randomUUID(), null);
        assertEquals(slots.get(2).startsAt(), moved.startsAt());
        assertEquals("RESCHEDULED", appointments.find(original.id()).status());
        assertTrue(freeSlots.slot(slots.get(0).id()).free(), "the old place is given back");
        assertEquals("First", moved.reason());
    }

    @Test
    void cancellingASessionMovesItsPatientsToTheRebookListNeverDropsThem() {
        workIn("RAT");
        ClinicView c = clinicWithMondayMornings("1");
        setup.generate(c.id(), MONDAY, MONDAY.plusWeeks(1));
        var slots = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY);
        UUID a = patient("Moved");
        UUID b = patient("Moved");
        var ba = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), a, null, null, null)).booking();
        booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), b, null, null, null));
        assertThrows(BookingRuleException.class, () -> setup.cancelSession(slots.get(0).sessionId(), " "), "a reason is needed");
        assertEquals(2, setup.cancelSession(slots.get(0).sessionId(), "Clinician absent"));
        var toRebook = appointments.toBeRebooked().stream().filter(x -> x.clinicId().equals(c.id())).toList();
        assertEquals(2, toRebook.size());
        assertTrue(freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).isEmpty(), "the cancelled session offers no slots");
        SlotView nextWeek = freeSlots.search(c.id(), null, null, null, MONDAY.plusWeeks(1), MONDAY.plusWeeks(1)).get(0);
        var rebooked = booking.rebook(ba.id(), nextWeek.id(), UUID.randomUUID());
        assertEquals(MONDAY.plusWeeks(1).atTime(9, 0), rebooked.startsAt());
        assertEquals(1, appointments.toBeRebooked().stream().filter(x -> x.clinicId().equals(c.id())).count());
        var history = appointments.forPatient(a);
        assertEquals(List.of("BOOKED"), history.upcoming().stream().map(x -> x.status()).toList(),
                "upcoming lists only the appointment that will happen");
        assertTrue(history.cancelledOrMoved().stream().anyMatch(x -> x.status().equals("REBOOKED")), "the old booking stays as history");
    }

    @Test
    void waitingList_urgentFirstThenLongestWaiting_andBookingRemovesTheEntryButKeepsHistory() {
        workIn("TAF");
        String service = "CAMHS " + UUID.randomUUID().toString().substring(0, 6);
        UUID routineOld = patient("Waiting");
        UUID urgentNew = patient("Waiting");
        UUID routineNew = patient("Waiting");
        LocalDate today = LocalDate.now();
        waitingList.refer(routineOld, service, today.minusDays(40).toString(), "routine");
        waitingList.refer(urgentNew, service, today.minusDays(2).toString(), "urgent");
        waitingList.refer(routineNew, service, today.minusDays(10).toString(), "routine");
        var future = assertThrows(InvalidInputException.class, () -> waitingList.refer(routineNew, service, today.plusDays(1).toString(), "routine"));
        assertEquals("referralDate", future.problems().get(0).field());
        var list = waitingList.waiting(service);
        assertEquals(List.of(urgentNew, routineOld, routineNew), list.stream().map(e -> e.patient().id()).toList());
        assertEquals(40, list.get(1).daysWaited());

        String name = "IT CAMHS " + UUID.randomUUID().toString().substring(0, 8);
        ClinicView c = setup.createClinic(new ClinicSetup.ClinicForm(name, service, "Highgate", "Dr Evans"));
        setup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "14:00", "15:00", "60", "1", "NEW", "Dr Evans", MONDAY.toString(), null));
        setup.generate(c.id(), MONDAY, MONDAY);
        SlotView slot = freeSlots.search(c.id(), null, null, null, MONDAY, MONDAY).get(0);
        var booked = waitingList.bookFromList(list.get(0).id(), slot.id(), UUID.randomUUID());
        assertEquals(urgentNew, booked.patient().id());
        assertEquals(2, waitingList.waiting(service).size(), "the booked referral has left the list");
        assertTrue(audit.forPatient(urgentNew).stream().anyMatch(a -> a.action().equals("REFERRAL_BOOKED")
                && a.detail().contains(booked.id().toString())), "its history names the booking");
    }
}
