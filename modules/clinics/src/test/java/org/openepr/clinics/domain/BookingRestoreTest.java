package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An imported booking is taken back as it stood, whatever the clock says now; its replacement may come later. */
class BookingRestoreTest {

    @Test
    void aBookingSeenInThePastIsRestoredAsItStood() {
        Slot slot = BookingTest.slot();
        UUID later = UUID.randomUUID();
        BookingHistory h = new BookingHistory(BookingStatus.ATTENDED, BookingTest.BEFORE, "it.clerk", BookingTest.SLOT_START,
                BookingTest.SLOT_START.plusMinutes(20), "it.clinician", null, NextStep.FOLLOW_UP, 6, later);
        Booking b = Booking.restore(UUID.randomUUID(), slot, UUID.randomUUID(), AppointmentType.FOLLOW_UP, "Review", h);
        assertEquals(h, b.history());
        assertEquals(slot.startsAt(), b.slotStartsAt());
        assertEquals(slot.endsAt(), b.slotEndsAt());
        assertEquals(slot.clinicId(), b.clinicId());
        UUID replacement = UUID.randomUUID();
        b.replacementLoaded(later, replacement);
        assertEquals(replacement, b.replacedBy());
        assertThrows(IllegalStateException.class, () -> b.replacementLoaded(later, UUID.randomUUID()), "only the booking it names");
    }

    @Test
    void followUpWeeksWithoutAFollowUpAreRefused() {
        BookingHistory h = new BookingHistory(BookingStatus.ATTENDED, BookingTest.BEFORE, "it.clerk", null, LocalDateTime.now(), "x", null,
                NextStep.DISCHARGE, 6, null);
        var e = assertThrows(BookingRuleException.class, () -> Booking.restore(UUID.randomUUID(), BookingTest.slot(), UUID.randomUUID(),
                AppointmentType.NEW, null, h));
        assertTrue(e.getMessage().contains("Follow-up weeks"));
    }

    @Test
    void aCancelledSlotIsRestoredCancelled() {
        Slot s = BookingTest.slot();
        Clinic clinic = new Clinic(s.clinicId(), "Memory Clinic", "Memory Service", "Goodmayes", java.util.List.of("Dr Patel"));
        Slot restored = Slot.restore(UUID.randomUUID(), s.sessionId(), clinic, "Dr Patel", AppointmentType.NEW, s.startsAt(), s.endsAt(), 3,
                Slot.Status.CANCELLED);
        assertEquals(Slot.Status.CANCELLED, restored.status());
        assertEquals(3, restored.capacity());
        assertEquals("Memory Service", restored.service());
        assertThrows(BookingRuleException.class, () -> Slot.restore(UUID.randomUUID(), s.sessionId(), clinic, "Dr Patel",
                AppointmentType.NEW, s.startsAt(), s.startsAt(), 3, Slot.Status.AVAILABLE), "ends after it starts");
    }

    @Test
    void aWaitingListEntryIsRestoredOnlyWhole() {
        UUID patient = UUID.randomUUID();
        java.time.LocalDate day = java.time.LocalDate.of(2027, 2, 1);
        Referral booked = Referral.restore(UUID.randomUUID(), patient, "Podiatry", day, Referral.Priority.URGENT, Referral.Status.BOOKED,
                Referral.Kind.FIRST, null, AppointmentType.NEW, null, UUID.randomUUID(), LocalDateTime.of(2027, 2, 3, 9, 0));
        assertEquals(Referral.Status.BOOKED, booked.status());
        assertEquals(LocalDateTime.of(2027, 2, 3, 9, 0), booked.closedAt());
        assertThrows(BookingRuleException.class, () -> Referral.restore(UUID.randomUUID(), patient, "Podiatry", day, Referral.Priority.ROUTINE,
                Referral.Status.WAITING, Referral.Kind.FIRST, null, AppointmentType.NEW, null, null, LocalDateTime.now()), "waiting yet closed");
        assertThrows(BookingRuleException.class, () -> Referral.restore(UUID.randomUUID(), patient, "Podiatry", day, Referral.Priority.ROUTINE,
                Referral.Status.BOOKED, Referral.Kind.FIRST, null, AppointmentType.NEW, null, null, LocalDateTime.now()), "booked, no booking");
    }
}
