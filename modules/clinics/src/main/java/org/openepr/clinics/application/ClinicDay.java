package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicListRow;
import org.openepr.clinics.application.Views.ClinicListSession;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SessionView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.AppointmentType;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.Outcome;
import org.openepr.clinics.domain.Slot;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The clinic on the day: the list in slot order, arrivals, outcomes and what happens next. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class ClinicDay {

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
    FindFreeSlots freeSlots;

    @Inject
    Clock clock;

    /** The clinic list of a day. Who was shown is audited with the list. */
    @ReadsOnly
    public ClinicList list(UUID clinicId, LocalDate day) {
        Clinic clinic = clinics.find(clinicId).orElseThrow(() -> new RecordNotFoundException("clinic"));
        List<ClinicSession> sessions = clinics.sessionsOn(clinicId, day);
        Map<UUID, List<Slot>> slotsBySession = clinics.slotsOf(sessions.stream().map(ClinicSession::id).toList());
        List<UUID> slotIds = slotsBySession.values().stream().flatMap(List::stream).map(Slot::id).toList();
        List<Booking> booked = bookings.inSlots(slotIds);
        var people = patients.findAll(booked.stream().map(Booking::patientId).distinct().toList());
        List<ClinicListSession> result = new ArrayList<>();
        for (ClinicSession session : sessions) {
            List<ClinicListRow> rows = new ArrayList<>();
            for (Slot slot : slotsBySession.getOrDefault(session.id(), List.of())) {
                SlotView slotView = SlotView.of(slot, clinic.name());
                List<Booking> inSlot = booked.stream().filter(b -> b.slotId().equals(slot.id())).toList();
                if (inSlot.isEmpty()) {
                    rows.add(new ClinicListRow(slotView, null));
                }
                for (Booking b : inSlot) {
                    rows.add(new ClinicListRow(slotView, BookingView.of(b, clinic.name(), people.get(b.patientId()))));
                }
            }
            result.add(new ClinicListSession(SessionView.of(session, clinic.name(), slotsBySession.getOrDefault(session.id(), List.of())), rows));
        }
        audit.record(ClinicAudit.CLINIC_LIST_VIEWED, clinicId, null, "clinic=" + clinicId + " date=" + day + " patients="
                + people.keySet().stream().map(UUID::toString).collect(Collectors.joining(",")));
        return new ClinicList(ClinicView.of(clinic), day, result);
    }

    public BookingView checkIn(UUID bookingId) {
        Booking b = booking(bookingId);
        b.checkIn(LocalDateTime.now(clock));
        audit.record(ClinicAudit.PATIENT_CHECKED_IN, b.id(), b.patientId(), "booking=" + b.id());
        return view(b);
    }

    public BookingView recordOutcome(UUID bookingId, String outcomeText, String reason) {
        Booking b = booking(bookingId);
        Outcome outcome = Outcome.parse(outcomeText);
        b.recordOutcome(outcome, LocalDateTime.now(clock), InputCheck.text("Reason", reason, 500, false));
        bookings.flush();
        audit.record(ClinicAudit.APPOINTMENT_OUTCOME_RECORDED, b.id(), b.patientId(), "booking=" + b.id() + " outcome=" + outcome);
        return view(b);
    }

    /** Discharge from the clinic, or follow up in N weeks; a follow-up comes with free slots around that date to book. */
    public List<SlotView> nextStep(UUID bookingId, Booking.NextStep step, Integer weeks) {
        Booking b = booking(bookingId);
        if (step == null) {
            throw new BookingRuleException("nextStep", "Choose discharge or follow-up");
        }
        b.plan(step, weeks);
        audit.record(ClinicAudit.NEXT_STEP_RECORDED, b.id(), b.patientId(), "booking=" + b.id() + " next=" + step
                + (weeks == null ? "" : " weeks=" + weeks));
        if (step == Booking.NextStep.DISCHARGE) {
            return List.of();
        }
        LocalDate around = b.slotStartsAt().toLocalDate().plusWeeks(weeks);
        return freeSlots.search(b.clinicId(), null, null, AppointmentType.FOLLOW_UP, around.minusWeeks(1), around.plusWeeks(1));
    }

    private Booking booking(UUID id) {
        return bookings.find(id).orElseThrow(() -> new RecordNotFoundException("appointment"));
    }

    private BookingView view(Booking b) {
        return views.of(b);
    }
}
