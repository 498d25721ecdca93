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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;

/**
 * An entry on a service's waiting list: a referral waiting for its first appointment, or a patient who needs a
 * follow-up or another appointment after a clinic (with the date it is due and the booking it came from). Waiting
 * time counts from the referral date.
 */
@Entity
@Table(name = "referral")
public class Referral extends TrustOwned {

    public enum Priority implements org.openepr.platform.text.Labelled {
        URGENT("Urgent"), ROUTINE("Routine");

        private final String label;

        Priority(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status { WAITING, BOOKED, REMOVED }

    /** Why the patient is on the list. */
    public enum Kind implements org.openepr.platform.text.Labelled {
        FIRST("New referral"), FOLLOW_UP("Follow-up"), ANOTHER_APPOINTMENT("Another appointment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    private String service;

    @Column(name = "referral_date")
    private LocalDate referralDate;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "appointment_type")
    private AppointmentType appointmentType;

    @Column(name = "from_booking")
    @Convert(converter = UuidConverter.class)
    private UUID fromBooking;

    @Column(name = "booking_id")
    @Convert(converter = UuidConverter.class)
    private UUID bookingId;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private int version;

    protected Referral() {
    }

    public Referral(UUID id, UUID patientId, String service, LocalDate referralDate, Priority priority, LocalDate today) {
        if (referralDate.isAfter(today)) {
            throw new BookingRuleException("referralDate", "Referral date cannot be in the future");
        }
        this.id = id;
        this.patientId = patientId;
        this.service = service;
        this.referralDate = referralDate;
        this.priority = priority;
        this.status = Status.WAITING;
        this.kind = Kind.FIRST;
        this.appointmentType = AppointmentType.NEW;
    }

    /**
     * An entry another server kept, taken back as it stood into an empty trust (an import): a referral, follow-up or
     * other appointment, waiting, booked (with the booking it led to) or removed, with when it left the list.
     */
    public static Referral restore(UUID id, UUID patientId, String service, LocalDate referralDate, Priority priority, Status status,
                                   Kind kind, LocalDate dueDate, AppointmentType appointmentType, UUID fromBooking, UUID bookingId,
                                   LocalDateTime closedAt) {
        if ((status == Status.WAITING) != (closedAt == null)) {
            throw new BookingRuleException("referral", "A waiting entry has not left the list; any other has, at a time");
        }
        if ((status == Status.BOOKED) != (bookingId != null)) {
            throw new BookingRuleException("referral", "A booked entry names its booking; no other does");
        }
        Referral r = new Referral();
        r.id = id;
        r.patientId = patientId;
        r.service = service;
        r.referralDate = referralDate;
        r.priority = priority;
        r.status = status;
        r.kind = kind;
        r.dueDate = dueDate;
        r.appointmentType = appointmentType;
        r.fromBooking = fromBooking;
        r.bookingId = bookingId;
        r.closedAt = closedAt;
        return r;
    }

    /** The next step of a clinic appointment: on the list for a follow-up or another appointment, due on a date. */
    public static Referral after(Booking booking, String service, LocalDate today) {
        Referral r = new Referral(UUID.randomUUID(), booking.patientId(), service, today, Priority.ROUTINE, today);
        r.kind = booking.nextStep() == NextStep.FOLLOW_UP ? Kind.FOLLOW_UP : Kind.ANOTHER_APPOINTMENT;
        r.appointmentType = r.kind == Kind.FOLLOW_UP ? AppointmentType.FOLLOW_UP : booking.type();
        r.dueDate = booking.nextDueOn(today);
        r.fromBooking = booking.id();
        return r;
    }

    /** Booked from the list: it leaves the list but keeps its history and the booking it led to. */
    public void booked(UUID booking, LocalDateTime at) {
        if (status != Status.WAITING) {
            throw new BookingRuleException("referral", "This referral is no longer waiting");
        }
        status = Status.BOOKED;
        bookingId = booking;
        closedAt = at;
    }

    /** The outcome that put the patient here was undone: the entry leaves the list, kept as history. */
    public void withdrawn(LocalDateTime at) {
        if (status != Status.WAITING) {
            throw new BookingRuleException("referral", "The patient has already been booked from the waiting list: cancel that appointment instead");
        }
        status = Status.REMOVED;
        closedAt = at;
    }

    public long daysWaited(LocalDate today) {
        return ChronoUnit.DAYS.between(referralDate, today);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public String service() { return service; }
    public LocalDate referralDate() { return referralDate; }
    public Priority priority() { return priority; }
    public Status status() { return status; }
    public UUID bookingId() { return bookingId; }
    public Kind kind() { return kind; }
    public LocalDate dueDate() { return dueDate; }
    public AppointmentType appointmentType() { return appointmentType; }
    public UUID fromBooking() { return fromBooking; }
    public LocalDateTime closedAt() { return closedAt; }
}
