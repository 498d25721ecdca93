package org.openepr.clinics.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingHistory;
import org.openepr.clinics.domain.BookingStatus;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.clinics.domain.SessionTemplate;
import org.openepr.clinics.domain.Slot;
import org.openepr.patients.api.PatientSummary;

/** Detached copies of clinic data for screens and the API. */
public final class Views {

    private Views() {
    }

    public record ClinicView(UUID id, String name, String service, String location, List<String> clinicians) {
        static ClinicView of(Clinic c) {
            return new ClinicView(c.id(), c.name(), c.service(), c.location(), c.clinicians());
        }

        public String cliniciansText() {
            return String.join(", ", clinicians);
        }
    }

    public record TemplateView(UUID id, DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, int slotMinutes, int capacity,
                               String type, String clinician, LocalDate effectiveFrom, LocalDate effectiveTo) {
        static TemplateView of(SessionTemplate t) {
            SessionPattern p = t.pattern();
            return new TemplateView(t.id(), p.weekday(), p.startsAt(), p.endsAt(), p.slotMinutes(), p.capacity(), p.type().label(),
                    p.clinician(), p.effectiveFrom(), p.effectiveTo());
        }
    }

    public record SlotView(UUID id, UUID clinicId, String clinicName, UUID sessionId, String clinician, String service, String type,
                           LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int booked, boolean free, String status) {
        static SlotView of(Slot s, String clinicName) {
            return new SlotView(s.id(), s.clinicId(), clinicName, s.sessionId(), s.clinician(), s.service(), s.type().name(),
                    s.startsAt(), s.endsAt(), s.capacity(), s.booked(), s.isFree(), s.status().name());
        }

        public int placesLeft() {
            return Math.max(0, capacity - booked);
        }

        public AppointmentType appointmentType() {
            return AppointmentType.valueOf(type);
        }
    }

    public record BookingView(UUID id, UUID slotId, UUID clinicId, String clinicName, PatientSummary patient, String type,
                              String reason, String status, String statusLabel, LocalDateTime startsAt, LocalDateTime endsAt,
                              LocalDateTime arrivedAt,
                              String nextStep, Integer followUpWeeks, String cancelReason, int version) {
        static BookingView of(Booking b, String clinicName, PatientSummary patient) {
            return new BookingView(b.id(), b.slotId(), b.clinicId(), clinicName, patient, b.type().name(), b.reason(),
                    b.status().name(), b.status().label(), b.slotStartsAt(), b.slotEndsAt(), b.arrivedAt(),
                    b.nextStep() == null ? null : b.nextStep().name(), b.followUpWeeks(), b.cancelReason(), b.version());
        }

        public boolean holdsPlace() {
            return BookingStatus.valueOf(status).holdsPlace();
        }

        /** For words on screen: {@code #{words.of(b.appointmentType())}}. */
        public AppointmentType appointmentType() {
            return AppointmentType.valueOf(type);
        }

        /** Booked or arrived, not yet started: what the patient's page lists as upcoming, to cancel or move. */
        public boolean isLive() {
            return status.equals(BookingStatus.BOOKED.name()) || status.equals(BookingStatus.ARRIVED.name());
        }

        public String nextStepLabel() {
            return nextStep == null ? null : NextStep.valueOf(nextStep).label()
                    + (followUpWeeks == null ? "" : " (in " + followUpWeeks + " weeks)");
        }
    }

    public record SessionView(UUID id, UUID clinicId, String clinicName, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                              String clinician, String status, String cancelReason, int places, int booked) {
        static SessionView of(ClinicSession s, String clinicName, List<Slot> slots) {
            return new SessionView(s.id(), s.clinicId(), clinicName, s.date(), s.startsAt(), s.endsAt(), s.clinician(),
                    s.status().name(), s.cancelReason(), slots.stream().mapToInt(Slot::capacity).sum(),
                    slots.stream().mapToInt(Slot::booked).sum());
        }

        public boolean isCancelled() {
            return ClinicSession.Status.valueOf(status) == ClinicSession.Status.CANCELLED;
        }

        public ClinicSession.Status sessionStatus() {
            return ClinicSession.Status.valueOf(status);
        }
    }

    /** A session template by id, as the whole-trust export carries it with its clinic. */
    public record TemplateDetail(UUID id, SessionPattern pattern) {
    }

    /** A clinic and its session templates: the export's Schedule. */
    public record ClinicWithTemplates(ClinicView clinic, List<TemplateDetail> templates) {
        static ClinicWithTemplates of(Clinic c, List<SessionTemplate> templates) {
            return new ClinicWithTemplates(ClinicView.of(c), templates.stream().map(t -> new TemplateDetail(t.id(), t.pattern())).toList());
        }

        public UUID id() {
            return clinic.id();
        }
    }

    /** A session as it stands: the template it came from, its day and times, and whether it was cancelled (and why). */
    public record SessionDetail(UUID id, UUID templateId, LocalDate date, LocalTime startsAt, LocalTime endsAt, String clinician,
                                ClinicSession.Status status, String cancelReason) {
        static SessionDetail of(ClinicSession s) {
            return new SessionDetail(s.id(), s.templateId(), s.date(), s.startsAt(), s.endsAt(), s.clinician(), s.status(), s.cancelReason());
        }
    }

    /** A slot and its session: the export's Slot. */
    public record SlotWithSession(SlotView slot, SessionDetail session) {
        public UUID id() {
            return slot.id();
        }
    }

    /** A booking and what it has been through: the export's Appointment. */
    public record BookingWithHistory(BookingView booking, BookingHistory history) {
        public UUID id() {
            return booking.id();
        }
    }

    /** A waiting-list entry whole, as the whole-trust export carries it (ServiceRequest). */
    public record ReferralDetail(UUID id, UUID patientId, String service, LocalDate referralDate, Referral.Priority priority,
                                 Referral.Status status, Referral.Kind kind, LocalDate dueDate, AppointmentType appointmentType,
                                 UUID fromBooking, UUID bookingId, LocalDateTime closedAt) {
        static ReferralDetail of(Referral r) {
            return new ReferralDetail(r.id(), r.patientId(), r.service(), r.referralDate(), r.priority(), r.status(), r.kind(), r.dueDate(),
                    r.appointmentType(), r.fromBooking(), r.bookingId(), r.closedAt());
        }
    }

    /** One line of a clinic list: a slot, who is booked into it (empty when free), and what may be done now. */
    public record ClinicListRow(SlotView slot, BookingView booking, Offered offered) {
    }

    /**
     * The actions the rules would accept now, asked of the booking itself, so a screen never offers one it would
     * refuse (no check-in on a cancelled booking, no DNA before the slot's start).
     */
    public record Offered(boolean checkIn, boolean didNotAttend, boolean undoDidNotAttend, boolean cancel) {
        static final Offered NOTHING = new Offered(false, false, false, false);

        static Offered of(Booking b, LocalDateTime now, String caller) {
            return new Offered(b.mayCheckIn(now), b.mayRecordDidNotAttend(now), b.mayUndoDidNotAttend(now, caller), b.mayBeCancelled());
        }
    }

    public record ClinicListSession(SessionView session, List<ClinicListRow> rows) {
    }

    public record ClinicList(ClinicView clinic, LocalDate date, List<ClinicListSession> sessions) {
        /** Patients holding a place: cancelled and moved bookings stay on the list as history but are not counted. */
        public int bookedCount() {
            return (int) sessions.stream().flatMap(s -> s.rows().stream())
                    .filter(r -> r.booking() != null && r.booking().holdsPlace()).count();
        }
    }

    public record WaitingEntry(UUID id, PatientSummary patient, String service, LocalDate referralDate, String priority,
                               long daysWaited, String kind, LocalDate dueDate, String appointmentType) {
        static WaitingEntry of(Referral r, PatientSummary patient, LocalDate today) {
            return new WaitingEntry(r.id(), patient, r.service(), r.referralDate(), r.priority().name(), r.daysWaited(today),
                    r.kind().label(), r.dueDate(), r.appointmentType().name());
        }

        public Referral.Priority urgency() {
            return Referral.Priority.valueOf(priority);
        }
    }

    public record DnaCount(UUID clinicId, String clinicName, long withOutcome, long didNotAttend) {
        public long ratePercent() {
            return withOutcome == 0 ? 0 : Math.round(100.0 * didNotAttend / withOutcome);
        }
    }
}
