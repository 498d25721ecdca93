package org.openepr.clinics.application;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.Slot;
import org.openepr.clinics.domain.SlotNoLongerFreeException;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Books, reschedules, cancels and rebooks appointments. The caller chooses the booking's id, so a repeated
 * submit books once. The slot's capacity is the database's to enforce; losing the race is "slot no longer free".
 */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class BookAppointment {

    @Inject
    ClinicRepository clinics;

    @Inject
    BookingRepository bookings;

    @Inject
    PatientDirectory patients;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;


    @Inject
    Clock clock;

    public record Request(UUID bookingId, UUID slotId, UUID patientId, String type, String reason, UUID expectedClinicId) {
    }

    public record Booked(BookingView booking, boolean created) {
    }

    public Booked book(Request request) {
        Optional<Booking> earlier = bookings.find(request.bookingId());
        if (earlier.isPresent()) {
            Booking b = earlier.get();
            if (b.slotId().equals(request.slotId()) && b.patientId().equals(request.patientId())) {
                return new Booked(view(b), false);
            }
            throw new ConflictException("id", "This booking was already submitted with a different slot or patient");
        }
        Optional<Booking> already = bookings.holdingPlace(request.slotId(), request.patientId());
        if (already.isPresent()) {
            return new Booked(view(already.get()), false); // the same patient into the same slot again: one place
        }
        Booking booking = place(request.bookingId(), request.slotId(), request.patientId(), request.type(), request.reason(),
                request.expectedClinicId());
        return new Booked(view(booking), true);
    }

    /** Moves a future booking to another slot, in one action: the old place is freed only if the new one is taken. */
    public BookingView reschedule(UUID bookingId, UUID newSlotId, UUID newBookingId, String reason) {
        Booking old = bookings.find(bookingId).orElseThrow(() -> new RecordNotFoundException("appointment"));
        old.rescheduledAs(newBookingId);
        bookings.flush();
        Booking replacement = place(newBookingId, newSlotId, old.patientId(), old.type().name(), reason == null ? old.reason() : reason, null);
        audit.record(ClinicAudit.APPOINTMENT_RESCHEDULED, replacement.id(), old.patientId(), "from=" + old.id() + " to=" + replacement.id());
        return view(replacement);
    }

    /** Books a patient from the to-be-rebooked list into a new slot. */
    public BookingView rebook(UUID bookingId, UUID newSlotId, UUID newBookingId) {
        Booking old = bookings.find(bookingId).orElseThrow(() -> new RecordNotFoundException("appointment"));
        old.rebookedAs(newBookingId);
        Booking replacement = place(newBookingId, newSlotId, old.patientId(), old.type().name(), old.reason(), null);
        audit.record(ClinicAudit.APPOINTMENT_REBOOKED, replacement.id(), old.patientId(), "from=" + old.id() + " to=" + replacement.id());
        return view(replacement);
    }

    public BookingView cancel(UUID bookingId, boolean byPatient, String reason) {
        Booking booking = bookings.find(bookingId).orElseThrow(() -> new RecordNotFoundException("appointment"));
        booking.cancel(byPatient, InputCheck.text("Reason", reason, 500, false));
        bookings.flush();
        audit.record(ClinicAudit.APPOINTMENT_CANCELLED, booking.id(), booking.patientId(),
                "booking=" + booking.id() + (byPatient ? " by patient" : " by trust") + ": " + booking.cancelReason());
        return view(booking);
    }

    Booking place(UUID bookingId, UUID slotId, UUID patientId, String typeText, String reasonText, UUID expectedClinicId) {
        InputCheck check = new InputCheck();
        String reason = check.field("reason", () -> InputCheck.text("Reason", reasonText, 500, false));
        AppointmentType type = typeText == null || typeText.isBlank() ? null : check.field("type", () -> AppointmentType.parse(typeText));
        check.throwIfAny();
        PatientSummary patient = patients.find(patientId).orElseThrow(() -> new BookingRuleException("patient", "No such patient"));
        Slot slot = clinics.findSlot(slotId).orElseThrow(() -> new BookingRuleException("slot", "No such slot"));
        if (expectedClinicId != null && !expectedClinicId.equals(slot.clinicId())) {
            throw new BookingRuleException("slot", "This slot belongs to another clinic");
        }
        if (type != null && type != slot.type()) {
            throw new BookingRuleException("type", "This is a " + slot.type().label().toLowerCase() + " slot; the booking is "
                    + type.label().toLowerCase());
        }
        bookings.holdingPlaceInSession(slot.sessionId()).stream().filter(b -> b.patientId().equals(patient.id())).findFirst()
                .ifPresent(other -> {
                    throw new BookingRuleException("slot", patient.displayName() + " already has a place in this session, at "
                            + other.slotStartsAt().toLocalTime() + ": one appointment per patient in a session");
                });
        Booking booking = new Booking(bookingId, slot, patient.id(), type, reason, LocalDateTime.now(clock), trust.caller().userId());
        try {
            bookings.add(booking);
        } catch (PersistenceException e) {
            // each refusal of the database answered for what it is; anything else is not masked as one of them
            if (Failures.violated(e, Slot.NOT_OVERBOOKED) || Failures.violated(e, Slot.AVAILABLE)) {
                throw new SlotNoLongerFreeException();
            }
            if (Failures.violated(e, Booking.ONCE_PER_PATIENT_AND_SLOT)) {
                throw new ConflictException("patient", "This patient already has a place in this slot");
            }
            if (Failures.violated(e, Booking.PRIMARY_KEY)) {
                throw new ConflictException("id", "This booking was submitted twice at the same moment; it is saved once");
            }
            throw e;
        }
        audit.record(ClinicAudit.APPOINTMENT_BOOKED, booking.id(), patient.id(), "booking=" + booking.id() + " slot=" + slot.id() + " at=" + slot.startsAt());
        return booking;
    }

    BookingView view(Booking b) {
        return views.of(b);
    }
}
