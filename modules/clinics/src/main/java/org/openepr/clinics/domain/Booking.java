package org.openepr.clinics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;

/**
 * A patient booked into a slot, and what then happened: arrival, outcome, next step. A booking is never
 * deleted; cancelling, rescheduling or a cancelled session give up its place and leave it as history.
 */
@Entity
@Table(name = "booking")
public class Booking extends TrustOwned {

    /** The database's names for the rules it enforces on bookings (db/clinics). */
    public static final String ONCE_PER_PATIENT_AND_SLOT = "booking_once_per_patient_and_slot";
    public static final String PRIMARY_KEY = "booking_pkey";

    @Id
    private UUID id;

    @Column(name = "slot_id")
    private UUID slotId;

    @Column(name = "clinic_id")
    private UUID clinicId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_type")
    private AppointmentType type;

    private String reason;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    @Column(name = "slot_starts_at")
    private LocalDateTime slotStartsAt;

    @Column(name = "slot_ends_at")
    private LocalDateTime slotEndsAt;

    @Column(name = "booked_at")
    private LocalDateTime bookedAt;

    @Column(name = "booked_by")
    private String bookedBy;

    @Column(name = "arrived_at")
    private LocalDateTime arrivedAt;

    @Column(name = "outcome_at")
    private LocalDateTime outcomeAt;

    /** Who recorded the outcome: only they may undo a "did not attend" (on the same day). */
    @Column(name = "outcome_by")
    private String outcomeBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step")
    private NextStep nextStep;

    @Column(name = "follow_up_weeks")
    private Integer followUpWeeks;

    /** The booking that replaced this one (reschedule, rebook). */
    @Column(name = "replaced_by")
    @Convert(converter = UuidConverter.class)
    private UUID replacedBy;

    @Version
    private int version;

    protected Booking() {
    }

    public Booking(UUID id, Slot slot, UUID patientId, AppointmentType type, String reason, LocalDateTime now, String by) {
        if (slot.status() != Slot.Status.AVAILABLE) {
            throw new BookingRuleException("slot", "This slot has been cancelled");
        }
        if (slot.hasStartedBy(now)) {
            throw new BookingRuleException("slot", "This slot is in the past: book a slot that has not started yet");
        }
        if (!slot.isFree()) {
            throw new SlotNoLongerFreeException();
        }
        this.id = Objects.requireNonNull(id);
        this.slotId = slot.id();
        this.clinicId = slot.clinicId();
        this.patientId = Objects.requireNonNull(patientId);
        this.type = type == null ? slot.type() : type;
        this.reason = reason;
        this.status = BookingStatus.BOOKED;
        this.slotStartsAt = slot.startsAt();
        this.slotEndsAt = slot.endsAt();
        this.bookedAt = now;
        this.bookedBy = by;
    }

    /**
     * A booking another server recorded, taken back whole into an empty trust (an import): what happened to it is
     * history, so the booking rules (a free slot not yet started, check-in on the day) are not asked again; the
     * database still counts its place in the slot. {@code replacedBy} may name a booking not loaded yet (see
     * {@link #replacementLoaded}).
     */
    public static Booking restore(UUID id, Slot slot, UUID patientId, AppointmentType type, String reason, BookingHistory h) {
        if (h.followUpWeeks() != null && h.nextStep() != NextStep.FOLLOW_UP) {
            throw new BookingRuleException("followUpWeeks", "Follow-up weeks without a follow-up");
        }
        Booking b = new Booking();
        b.id = Objects.requireNonNull(id);
        b.slotId = slot.id();
        b.clinicId = slot.clinicId();
        b.patientId = Objects.requireNonNull(patientId);
        b.type = Objects.requireNonNull(type);
        b.reason = reason;
        b.status = Objects.requireNonNull(h.status());
        b.slotStartsAt = slot.startsAt();
        b.slotEndsAt = slot.endsAt();
        b.bookedAt = Objects.requireNonNull(h.bookedAt());
        b.bookedBy = Objects.requireNonNull(h.bookedBy());
        b.arrivedAt = h.arrivedAt();
        b.outcomeAt = h.outcomeAt();
        b.outcomeBy = h.outcomeBy();
        b.cancelReason = h.cancelReason();
        b.nextStep = h.nextStep();
        b.followUpWeeks = h.followUpWeeks();
        b.replacedBy = h.replacedBy();
        return b;
    }

    /** The booking that replaced this one was restored after it, under a new id. */
    public void replacementLoaded(UUID oldId, UUID newId) {
        if (!oldId.equals(replacedBy)) {
            throw new IllegalStateException("Booking " + id + " was not replaced by " + oldId);
        }
        replacedBy = newId;
    }

    /** What a booking has been through, as {@link #restore} takes it back. */
    public BookingHistory history() {
        return new BookingHistory(status, bookedAt, bookedBy, arrivedAt, outcomeAt, outcomeBy, cancelReason, nextStep, followUpWeeks,
                replacedBy);
    }

    /** The patient has arrived (checked in at reception), on the day of the appointment. */
    public void checkIn(LocalDateTime now) {
        if (status != BookingStatus.BOOKED) {
            throw new BookingRuleException("status", "Only a booked patient can be checked in (this booking is " + status.label().toLowerCase() + ")");
        }
        if (!mayCheckIn(now)) {
            throw new BookingRuleException("status", "A patient can be checked in on the day of the appointment, not before or after");
        }
        status = BookingStatus.ARRIVED;
        arrivedAt = now;
    }

    /** Whether {@link #checkIn} would be accepted now: screens offer only what the rules allow. */
    public boolean mayCheckIn(LocalDateTime now) {
        return status == BookingStatus.BOOKED && now.toLocalDate().equals(slotStartsAt.toLocalDate());
    }

    /** Whether "did not attend" would be accepted now: booked, not arrived, and the slot has started. */
    public boolean mayRecordDidNotAttend(LocalDateTime now) {
        return status == BookingStatus.BOOKED && !now.isBefore(slotStartsAt);
    }

    /**
     * Takes back a "did not attend" recorded in error (the patient was in the waiting room after all): only by the
     * clinician who recorded it, on the day they recorded it; the booking is booked again, with no next step. Returns
     * the next step that was undone, so the waiting-list entry it made can be withdrawn.
     */
    public NextStep undoDidNotAttend(LocalDateTime now, String by) {
        if (status != BookingStatus.DID_NOT_ATTEND) {
            throw new BookingRuleException("status", "Only a \"did not attend\" can be undone (this booking is " + status.label().toLowerCase() + ")");
        }
        if (outcomeBy == null || !outcomeBy.equals(by)) {
            throw new BookingRuleException("status", "Only the clinician who recorded the DNA can undo it");
        }
        if (!outcomeAt.toLocalDate().equals(now.toLocalDate())) {
            throw new BookingRuleException("status", "A DNA can be undone only on the day it was recorded");
        }
        NextStep undone = nextStep;
        status = BookingStatus.BOOKED;
        outcomeAt = null;
        outcomeBy = null;
        nextStep = null;
        followUpWeeks = null;
        return undone;
    }

    /** Whether {@link #undoDidNotAttend} would be accepted now, for this clinician. */
    public boolean mayUndoDidNotAttend(LocalDateTime now, String by) {
        return status == BookingStatus.DID_NOT_ATTEND && outcomeBy != null && outcomeBy.equals(by)
                && outcomeAt.toLocalDate().equals(now.toLocalDate());
    }

    /**
     * Records what happened. Attended and could-not-be-seen need the patient to have arrived; did-not-attend
     * can only be recorded for a patient who has not arrived, once the slot has started.
     */
    public void recordOutcome(Outcome outcome, LocalDateTime now, String reasonIfCancelled) {
        if (status.hasOutcome() || !status.holdsPlace()) {
            throw new BookingRuleException("outcome", "This booking already has an outcome (" + status.label().toLowerCase() + ")");
        }
        switch (outcome) {
            case ATTENDED, COULD_NOT_BE_SEEN -> {
                if (status != BookingStatus.ARRIVED) {
                    throw new BookingRuleException("outcome", "Check the patient in before recording that they were seen or could not be seen");
                }
                status = outcome == Outcome.ATTENDED ? BookingStatus.ATTENDED : BookingStatus.COULD_NOT_BE_SEEN;
            }
            case DID_NOT_ATTEND -> {
                if (status == BookingStatus.ARRIVED) {
                    throw new BookingRuleException("outcome", "The patient has arrived, so they did attend");
                }
                if (now.isBefore(slotStartsAt)) {
                    throw new BookingRuleException("outcome", "Did not attend can only be recorded after the appointment's start time");
                }
                status = BookingStatus.DID_NOT_ATTEND;
            }
            case CANCELLED_BY_PATIENT, CANCELLED_BY_TRUST -> cancel(outcome == Outcome.CANCELLED_BY_PATIENT, reasonIfCancelled);
            default -> throw new IllegalStateException("Unknown outcome " + outcome);
        }
        outcomeAt = now;
    }

    public void cancel(boolean byPatient, String why) {
        if (!mayBeCancelled()) {
            throw new BookingRuleException("status", "This booking cannot be cancelled (it is " + status.label().toLowerCase() + ")");
        }
        if (why == null || why.isBlank()) {
            throw new BookingRuleException("reason", "Give a reason for the cancellation");
        }
        status = byPatient ? BookingStatus.CANCELLED_BY_PATIENT : BookingStatus.CANCELLED_BY_TRUST;
        cancelReason = why;
    }

    /** Whether {@link #cancel} would be accepted: a booking not yet seen. */
    public boolean mayBeCancelled() {
        return status == BookingStatus.BOOKED || status == BookingStatus.ARRIVED;
    }

    /** Its session was cancelled: the patient goes on the to-be-rebooked list. */
    public void needsRebooking(String why) {
        if (status == BookingStatus.BOOKED || status == BookingStatus.ARRIVED) {
            status = BookingStatus.TO_BE_REBOOKED;
            cancelReason = why;
        }
    }

    public void rebookedAs(UUID newBooking) {
        if (status != BookingStatus.TO_BE_REBOOKED) {
            throw new BookingRuleException("booking", "Only a booking on the to-be-rebooked list can be rebooked");
        }
        status = BookingStatus.REBOOKED;
        replacedBy = newBooking;
    }

    public void rescheduledAs(UUID newBooking) {
        if (status != BookingStatus.BOOKED) {
            throw new BookingRuleException("booking", "Only a booking that has not happened yet can be rescheduled");
        }
        status = BookingStatus.RESCHEDULED;
        replacedBy = newBooking;
    }

    /**
     * Records what happened and what happens next, together, so that no patient ends with an outcome and nowhere to
     * go: seen → discharged or followed up in N weeks; did not attend → another appointment offered or discharged back
     * to the referrer; could not be seen → another appointment offered or discharged.
     */
    public void conclude(Outcome outcome, NextStep step, Integer weeks, LocalDateTime now, String by) {
        if (!Set.of(Outcome.ATTENDED, Outcome.DID_NOT_ATTEND, Outcome.COULD_NOT_BE_SEEN).contains(outcome)) {
            throw new BookingRuleException("outcome", "A cancellation is recorded with its reason, not concluded");
        }
        if (step == null || !NextStep.after(outcome).contains(step)) {
            throw new BookingRuleException("nextStep", "After \"" + outcome.label() + "\" choose one of: "
                    + NextStep.after(outcome).stream().map(NextStep::label).sorted().toList());
        }
        if (step == NextStep.FOLLOW_UP && (weeks == null || weeks < 1 || weeks > 104)) {
            throw new BookingRuleException("followUpWeeks", "Follow-up must be in 1 to 104 weeks");
        }
        recordOutcome(outcome, now, null);
        outcomeBy = by;
        nextStep = step;
        followUpWeeks = step == NextStep.FOLLOW_UP ? weeks : null;
    }

    /** When the follow-up or other appointment is due: N weeks after this one, or now. */
    public LocalDate nextDueOn(LocalDate today) {
        return nextStep == NextStep.FOLLOW_UP ? slotStartsAt.toLocalDate().plusWeeks(followUpWeeks) : today;
    }

    public UUID id() { return id; }
    public UUID slotId() { return slotId; }
    public UUID clinicId() { return clinicId; }
    public UUID patientId() { return patientId; }
    public AppointmentType type() { return type; }
    public String reason() { return reason; }
    public BookingStatus status() { return status; }
    public LocalDateTime slotStartsAt() { return slotStartsAt; }
    public LocalDateTime slotEndsAt() { return slotEndsAt; }
    public LocalDateTime bookedAt() { return bookedAt; }
    public String bookedBy() { return bookedBy; }
    public LocalDateTime arrivedAt() { return arrivedAt; }
    public String cancelReason() { return cancelReason; }
    public LocalDateTime outcomeAt() { return outcomeAt; }
    public String outcomeBy() { return outcomeBy; }
    public NextStep nextStep() { return nextStep; }
    public Integer followUpWeeks() { return followUpWeeks; }
    public UUID replacedBy() { return replacedBy; }
    public int version() { return version; }
}
