package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingTest {

    static final LocalDateTime SLOT_START = LocalDateTime.of(2026, 12, 1, 10, 0);
    static final LocalDateTime BEFORE = SLOT_START.minusDays(3);

    static Slot slot() {
        Clinic clinic = new Clinic(UUID.randomUUID(), "Memory Clinic", "Memory Service", "Goodmayes", List.of("Dr Patel"));
        SessionPattern p = SessionPattern.parse(new SessionPattern.Form("TUESDAY", "09:00", "12:00", "30", "1", "new", "Dr Patel",
                "2026-01-01", null));
        ClinicSession session = new ClinicSession(UUID.randomUUID(), clinic.id(), UUID.randomUUID(), LocalDate.of(2026, 12, 1), p);
        return new Slot(UUID.randomUUID(), session, clinic, p, SLOT_START);
    }

    static Booking booked() {
        return new Booking(UUID.randomUUID(), slot(), UUID.randomUUID(), AppointmentType.NEW, "Memory assessment", BEFORE, "clerk");
    }

    @Test
    void cannotBookASlotThatHasStarted() {
        var e = assertThrows(BookingRuleException.class,
                () -> new Booking(UUID.randomUUID(), slot(), UUID.randomUUID(), null, null, SLOT_START.plusMinutes(1), "clerk"));
        assertTrue(e.getMessage().contains("in the past"));
    }

    @Test
    void cannotBookACancelledSlot() {
        Slot s = slot();
        s.cancel();
        assertThrows(BookingRuleException.class, () -> new Booking(UUID.randomUUID(), s, UUID.randomUUID(), null, null, BEFORE, "clerk"));
    }

    @Test
    void noOutcomeOfBeingSeenBeforeArrival() {
        Booking b = booked();
        var e = assertThrows(BookingRuleException.class, () -> b.recordOutcome(Outcome.ATTENDED, SLOT_START.plusMinutes(5), null));
        assertTrue(e.getMessage().contains("Check the patient in"));
        assertThrows(BookingRuleException.class, () -> b.recordOutcome(Outcome.COULD_NOT_BE_SEEN, SLOT_START.plusMinutes(5), null));
        assertEquals(BookingStatus.BOOKED, b.status());
    }

    @Test
    void didNotAttendOnlyAfterTheSlotHasStarted() {
        Booking b = booked();
        var e = assertThrows(BookingRuleException.class, () -> b.recordOutcome(Outcome.DID_NOT_ATTEND, SLOT_START.minusMinutes(1), null));
        assertTrue(e.getMessage().contains("after the appointment's start"));
        b.recordOutcome(Outcome.DID_NOT_ATTEND, SLOT_START, null);
        assertEquals(BookingStatus.DID_NOT_ATTEND, b.status());
    }

    @Test
    void anArrivedPatientIsNotADna() {
        Booking b = booked();
        b.checkIn(SLOT_START.minusMinutes(10));
        assertThrows(BookingRuleException.class, () -> b.recordOutcome(Outcome.DID_NOT_ATTEND, SLOT_START.plusHours(1), null));
    }

    @Test
    void checkInOnTheDayThenSeenWithAFollowUpDueInSixWeeks() {
        Booking b = booked();
        assertThrows(BookingRuleException.class, () -> b.checkIn(SLOT_START.minusDays(1)), "not the day before");
        b.checkIn(SLOT_START.minusMinutes(10));
        assertEquals(BookingStatus.ARRIVED, b.status());
        assertThrows(BookingRuleException.class, () -> b.conclude(Outcome.ATTENDED, NextStep.FOLLOW_UP, 0, SLOT_START.plusMinutes(30), "dr.patel"),
                "follow-up in 1 to 104 weeks");
        assertEquals(BookingStatus.ARRIVED, b.status(), "nothing recorded by a refused conclusion");
        b.conclude(Outcome.ATTENDED, NextStep.FOLLOW_UP, 6, SLOT_START.plusMinutes(30), "dr.patel");
        assertEquals(BookingStatus.ATTENDED, b.status());
        assertEquals(NextStep.FOLLOW_UP, b.nextStep());
        assertEquals(SLOT_START.toLocalDate().plusWeeks(6), b.nextDueOn(SLOT_START.toLocalDate()));
        assertThrows(BookingRuleException.class, () -> b.conclude(Outcome.DID_NOT_ATTEND, NextStep.OFFER_ANOTHER, null, SLOT_START.plusHours(1), "dr.patel"),
                "one outcome");
    }

    @Test
    void everyOutcomeNeedsANextStepThatFitsIt() {
        for (var outcome : new Outcome[] {Outcome.ATTENDED, Outcome.DID_NOT_ATTEND, Outcome.COULD_NOT_BE_SEEN}) {
            for (var step : NextStep.values()) {
                Booking b = booked();
                if (outcome != Outcome.DID_NOT_ATTEND) {
                    b.checkIn(SLOT_START);
                }
                if (NextStep.after(outcome).contains(step)) {
                    b.conclude(outcome, step, 4, SLOT_START.plusMinutes(20), "dr.patel");
                    assertEquals(step, b.nextStep());
                } else {
                    assertThrows(BookingRuleException.class, () -> b.conclude(outcome, step, 4, SLOT_START.plusMinutes(20), "dr.patel"), outcome + " then " + step);
                    assertEquals(null, b.nextStep());
                }
                Booking none = booked();
                assertThrows(BookingRuleException.class, () -> none.conclude(outcome, null, null, SLOT_START.plusMinutes(20), "dr.patel"), "no next step at all");
            }
        }
        assertEquals(java.util.Set.of(NextStep.OFFER_ANOTHER, NextStep.DISCHARGE_TO_REFERRER), NextStep.after(Outcome.DID_NOT_ATTEND));
    }

    @Test
    void cancellingNeedsAReasonAndGivesUpThePlace() {
        Booking b = booked();
        assertThrows(BookingRuleException.class, () -> b.cancel(true, " "));
        b.cancel(true, "Moving away");
        assertEquals(BookingStatus.CANCELLED_BY_PATIENT, b.status());
        assertTrue(!b.status().holdsPlace());
        assertThrows(BookingRuleException.class, () -> b.checkIn(SLOT_START));
    }

    @Test
    void aCancelledSessionPutsThePatientOnTheRebookList() {
        Booking b = booked();
        b.needsRebooking("Clinician absent");
        assertEquals(BookingStatus.TO_BE_REBOOKED, b.status());
        UUID next = UUID.randomUUID();
        b.rebookedAs(next);
        assertEquals(BookingStatus.REBOOKED, b.status());
        assertEquals(next, b.replacedBy());
    }

    @Test
    void onlyAFutureBookingIsRescheduled() {
        Booking b = booked();
        b.checkIn(SLOT_START);
        assertThrows(BookingRuleException.class, () -> b.rescheduledAs(UUID.randomUUID()));
    }

    @Test
    void checkInAndDnaAreOfferedOnlyWhenTheRulesWouldAcceptThem() {
        Booking b = booked();
        assertFalse(b.mayCheckIn(SLOT_START.minusDays(1)), "not the day before");
        assertTrue(b.mayCheckIn(SLOT_START.minusHours(2)), "on the day, before the slot");
        assertFalse(b.mayCheckIn(SLOT_START.plusDays(1)), "not the day after");
        assertThrows(BookingRuleException.class, () -> b.checkIn(SLOT_START.plusDays(1)));
        assertFalse(b.mayRecordDidNotAttend(SLOT_START.minusMinutes(1)), "not before the slot's start");
        assertTrue(b.mayRecordDidNotAttend(SLOT_START));
        b.cancel(true, "Moved away");
        assertFalse(b.mayCheckIn(SLOT_START), "a cancelled booking is not checked in");
        assertFalse(b.mayRecordDidNotAttend(SLOT_START.plusMinutes(5)), "nor marked as a DNA");
    }

    @Test
    void aDnaIsUndoneOnlyByItsClinicianOnTheSameDay() {
        Booking b = booked();
        b.conclude(Outcome.DID_NOT_ATTEND, NextStep.OFFER_ANOTHER, null, SLOT_START.plusMinutes(20), "dr.patel");
        assertFalse(b.mayUndoDidNotAttend(SLOT_START.plusMinutes(30), "nurse.jones"));
        var other = assertThrows(BookingRuleException.class, () -> b.undoDidNotAttend(SLOT_START.plusMinutes(30), "nurse.jones"));
        assertTrue(other.getMessage().contains("clinician who recorded"), other.getMessage());
        var nextDay = assertThrows(BookingRuleException.class, () -> b.undoDidNotAttend(SLOT_START.plusDays(1), "dr.patel"));
        assertTrue(nextDay.getMessage().contains("on the day"), nextDay.getMessage());
        assertEquals(BookingStatus.DID_NOT_ATTEND, b.status(), "a refused undo changes nothing");
        assertTrue(b.mayUndoDidNotAttend(SLOT_START.plusHours(6), "dr.patel"));
        assertEquals(NextStep.OFFER_ANOTHER, b.undoDidNotAttend(SLOT_START.plusHours(6), "dr.patel"));
        assertEquals(BookingStatus.BOOKED, b.status());
        assertEquals(null, b.nextStep());
        b.checkIn(SLOT_START.plusHours(6));
        assertEquals(BookingStatus.ARRIVED, b.status(), "the patient who was there after all can be checked in");
        assertThrows(BookingRuleException.class, () -> b.undoDidNotAttend(SLOT_START.plusHours(6), "dr.patel"), "only a DNA is undone");
    }
}
