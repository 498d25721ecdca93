package org.openepr.clinics.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.clinics.api.DischargedFromClinic;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicListRow;
import org.openepr.clinics.application.Views.ClinicListSession;
import org.openepr.clinics.application.Views.Offered;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SessionView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.Outcome;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.ReferralRepository;
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
import org.openepr.platform.trust.TrustContext;

/** The clinic on the day: the list in slot order, arrivals, outcomes and what happens next. */
@UseCase
@Access(module = ClinicsModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class ClinicDay {

    @Inject
    ClinicRepository clinics;

    @Inject
    TrustClinicDecisions decisions;

    @Inject
    BookingRepository bookings;

    @Inject
    ReferralRepository referrals;

    @Inject
    PatientDirectory patients;

    @Inject
    BookingViews views;

    @Inject
    AuditTrail audit;


    @Inject
    FindFreeSlots freeSlots;

    @Inject
    TrustContext trust;

    /** Other modules' reaction to a discharge from clinic (discharge ends the episode of care), in this transaction. */
    @Inject
    Event<DischargedFromClinic> discharged;

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
        LocalDateTime now = LocalDateTime.now(clock);
        // undoing a DNA is the clinician's (see undoDidNotAttend's access), so only a clinician is offered it
        String undoer = trust.caller().roles().contains(Roles.CLINICIAN) ? trust.caller().userId() : null;
        List<ClinicListSession> result = new ArrayList<>();
        for (ClinicSession session : sessions) {
            List<ClinicListRow> rows = new ArrayList<>();
            for (Slot slot : slotsBySession.getOrDefault(session.id(), List.of())) {
                SlotView slotView = SlotView.of(slot, clinic.name());
                List<Booking> inSlot = booked.stream().filter(b -> b.slotId().equals(slot.id())).toList();
                if (inSlot.isEmpty()) {
                    rows.add(new ClinicListRow(slotView, null, Offered.NOTHING));
                }
                for (Booking b : inSlot) {
                    rows.add(new ClinicListRow(slotView, BookingView.of(b, clinic.name(), people.get(b.patientId())), Offered.of(b, now, undoer)));
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

    /** A cancellation on the day, with its reason. Seen, did not attend and could not be seen are {@link #conclude}d. */
    public BookingView recordOutcome(UUID bookingId, String outcomeText, String reason) {
        Booking b = booking(bookingId);
        Outcome outcome = Outcome.parse(outcomeText);
        if (!NextStep.after(outcome).isEmpty()) {
            throw new BookingRuleException("nextStep", "Record \"" + outcome.label() + "\" together with what happens next");
        }
        b.recordOutcome(outcome, LocalDateTime.now(clock), InputCheck.text("Reason", reason, 500, false));
        bookings.flush();
        audit.record(ClinicAudit.APPOINTMENT_OUTCOME_RECORDED, b.id(), b.patientId(), "booking=" + b.id() + " outcome=" + outcome);
        return view(b);
    }

    /** What the clinic concluded: the booking, and where the patient waits now if they wait (with slots to book at once). */
    public record Concluded(BookingView booking, UUID waitingEntry, LocalDate dueOn, List<SlotView> offered) {
    }

    /**
     * Records the outcome and the next step together, so no patient ends on no list. A follow-up or another appointment
     * puts the patient on the service's waiting list at once, due on its date, with free slots around that date offered
     * to book there and then; booking one of them takes the patient off the list.
     */
    public Concluded conclude(UUID bookingId, String outcomeText, String nextStepText, Integer weeks) {
        Booking b = booking(bookingId);
        InputCheck check = new InputCheck();
        Outcome outcome = check.field("outcome", () -> Outcome.parse(outcomeText));
        NextStep step = check.field("nextStep", () -> NextStep.parse(nextStepText));
        check.throwIfAny();
        LocalDateTime now = LocalDateTime.now(clock);
        b.conclude(outcome, step, weeks, now, trust.caller().userId());
        bookings.flush();
        audit.record(ClinicAudit.APPOINTMENT_OUTCOME_RECORDED, b.id(), b.patientId(), "booking=" + b.id() + " outcome=" + outcome
                + " next=" + step + (weeks == null || step != NextStep.FOLLOW_UP ? "" : " weeks=" + weeks));
        Clinic clinic = clinics.find(b.clinicId()).orElseThrow(() -> new RecordNotFoundException("clinic"));
        if (!step.waits()) {
            discharged.fire(new DischargedFromClinic(b.patientId(), clinic.service(), b.id(), clock.instant(), trust.caller().userId(),
                    step == NextStep.DISCHARGE_TO_REFERRER));
            return new Concluded(view(b), null, null, List.of());
        }
        Referral waiting = Referral.after(b, clinic.service(), now.toLocalDate());
        referrals.add(waiting);
        audit.record(ClinicAudit.REFERRAL_ADDED, waiting.id(), b.patientId(), "referral=" + waiting.id() + " kind=" + waiting.kind()
                + " due=" + waiting.dueDate() + " from booking=" + b.id());
        LocalDate due = waiting.dueDate();
        LocalDate from = due.minusWeeks(1).isBefore(now.toLocalDate()) ? now.toLocalDate() : due.minusWeeks(1);
        List<SlotView> offered = freeSlots.search(b.clinicId(), null, null, waiting.appointmentType(), from, due.plusWeeks(1));
        return new Concluded(view(b), waiting.id(), due, offered);
    }

    /**
     * Takes back a "did not attend" recorded in error, by the clinician who recorded it on the same day (the booking
     * says who and when); the waiting-list entry it made is withdrawn, so the patient is on exactly one list again.
     */
    @Access(module = ClinicsModule.NAME, roles = Roles.CLINICIAN)
    public BookingView undoDidNotAttend(UUID bookingId) {
        Booking b = booking(bookingId);
        LocalDateTime now = LocalDateTime.now(clock);
        var entry = b.status() == org.openepr.clinics.domain.BookingStatus.DID_NOT_ATTEND ? referrals.madeBy(b.id()) : java.util.Optional.<Referral>empty();
        NextStep undone = b.undoDidNotAttend(now, trust.caller().userId());
        entry.ifPresent(r -> r.withdrawn(now));
        bookings.flush();
        audit.record(ClinicAudit.DNA_UNDONE, b.id(), b.patientId(), "booking=" + b.id() + " next step undone=" + undone
                + entry.map(r -> " referral withdrawn=" + r.id()).orElse(""));
        return view(b);
    }

    /** The trust's decision when a patient does not attend, offered to the clinician first. */
    @ReadsOnly
    public NextStep dnaDecision() {
        return decisions.dnaNextStep();
    }

    private Booking booking(UUID id) {
        return bookings.find(id).orElseThrow(() -> new RecordNotFoundException("appointment"));
    }

    private BookingView view(Booking b) {
        return views.of(b);
    }
}
