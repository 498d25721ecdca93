package org.openepr.clinics.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.TemplateView;
import org.openepr.clinics.domain.BookingRepository;
import org.openepr.clinics.domain.BookingRuleException;
import org.openepr.clinics.domain.Clinic;
import org.openepr.clinics.domain.ClinicRepository;
import org.openepr.clinics.domain.ClinicSession;
import org.openepr.clinics.domain.ClinicDecisions;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.Outcome;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.clinics.domain.SessionPlanner;
import org.openepr.clinics.domain.SessionTemplate;
import org.openepr.clinics.domain.Slot;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.clinics.ClinicsModule;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * A trust admin sets up clinics: the clinic, its session templates, the slots they make, and cancels sessions.
 * Each change is audited as configuration (no patient), except the patients a cancelled session moves.
 */
@UseCase
@Access(module = ClinicsModule.NAME, roles = Roles.TRUST_ADMIN)
public class ClinicSetup {

    @Inject
    ClinicRepository clinics;

    @Inject
    BookingRepository bookings;

    @Inject
    AuditTrail audit;

    @Inject
    TrustClinicDecisions decisions;


    public record ClinicForm(String name, String service, String location, String clinicians) {
    }

    public record Generated(int sessions, int slots) {
    }

    public ClinicView createClinic(ClinicForm form) {
        InputCheck check = new InputCheck();
        String name = check.field("name", () -> InputCheck.text("Clinic name", form.name(), 120, true));
        String service = check.field("service", () -> InputCheck.text("Service", form.service(), 80, true));
        String location = check.field("location", () -> InputCheck.text("Location", form.location(), 120, true));
        String people = check.field("clinicians", () -> InputCheck.text("Clinicians", form.clinicians(), 600, true));
        check.throwIfAny();
        if (clinics.findByName(name).isPresent()) {
            throw new ConflictException("name", "The trust already has a clinic called " + name);
        }
        List<String> clinicians = Arrays.stream(people.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Clinic clinic = new Clinic(UUID.randomUUID(), name, service, location, clinicians);
        clinics.add(clinic);
        audit.record(ClinicAudit.CLINIC_CREATED, clinic.id(), null, "name=" + name + " service=" + service + " location=" + location);
        return ClinicView.of(clinic);
    }

    /** The trust's clinics, for everyone who books or runs them as well as the admin. */
    @Access(module = ClinicsModule.NAME, roles = {Roles.TRUST_ADMIN, Roles.CLINICIAN, Roles.CLERK})
    public List<ClinicView> clinics() {
        return clinics.all().stream().map(ClinicView::of).toList();
    }

    @Access(module = ClinicsModule.NAME, roles = {Roles.TRUST_ADMIN, Roles.CLINICIAN, Roles.CLERK})
    public ClinicView clinic(UUID id) {
        return clinics.find(id).map(ClinicView::of).orElseThrow(() -> new RecordNotFoundException("clinic"));
    }

    public List<TemplateView> templates(UUID clinicId) {
        clinic(clinicId);
        return clinics.templatesOf(clinicId).stream().map(TemplateView::of).toList();
    }

    /** Adds a session template; one that overlaps another of the clinic's (same day, times and dates) is refused. */
    public TemplateView addTemplate(UUID clinicId, SessionPattern.Form form) {
        Clinic clinic = clinics.find(clinicId).orElseThrow(() -> new RecordNotFoundException("clinic"));
        SessionPattern pattern = SessionPattern.parse(form);
        for (SessionTemplate existing : clinics.templatesOf(clinicId)) {
            if (existing.overlaps(pattern)) {
                SessionPattern e = existing.pattern();
                throw new BookingRuleException("startsAt", "This overlaps the clinic's "
                        + e.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + UkDates.time(e.startsAt())
                        + "–" + UkDates.time(e.endsAt()) + " sessions (from " + UkDates.date(e.effectiveFrom())
                        + (e.effectiveTo() == null ? "" : " to " + UkDates.date(e.effectiveTo())) + ")");
            }
        }
        if (!clinic.hasClinician(pattern.clinician())) {
            throw new BookingRuleException("clinician", pattern.clinician() + " is not one of this clinic's clinicians ("
                    + String.join(", ", clinic.clinicians()) + ")");
        }
        SessionTemplate template = new SessionTemplate(UUID.randomUUID(), clinicId, pattern);
        clinics.add(template);
        audit.record(ClinicAudit.SESSION_TEMPLATE_ADDED, template.id(), null, "clinic=" + clinicId + " " + pattern.weekday() + " "
                + pattern.startsAt() + "-" + pattern.endsAt() + " from=" + pattern.effectiveFrom());
        return TemplateView.of(template);
    }

    /** Makes the sessions and slots of a date range from the clinic's templates; days done already are skipped. */
    public Generated generate(UUID clinicId, LocalDate from, LocalDate to) {
        Clinic clinic = clinics.find(clinicId).orElseThrow(() -> new RecordNotFoundException("clinic"));
        var planned = SessionPlanner.plan(clinics.templatesOf(clinicId), from, to, clinics.sessionsBetween(clinicId, from, to));
        int slots = 0;
        for (SessionPlanner.Planned p : planned) {
            SessionPattern pattern = p.template().pattern();
            ClinicSession session = new ClinicSession(UUID.randomUUID(), clinicId, p.template().id(), p.date(), pattern);
            List<Slot> made = new ArrayList<>();
            for (var start : pattern.slotStarts()) {
                made.add(new Slot(UUID.randomUUID(), session, clinic, pattern, LocalDateTime.of(p.date(), start)));
            }
            clinics.add(session, made);
            slots += made.size();
        }
        audit.record(ClinicAudit.SLOTS_MADE, clinicId, null, "clinic=" + clinicId + " from=" + from + " to=" + to + " sessions="
                + planned.size() + " slots=" + slots);
        return new Generated(planned.size(), slots);
    }

    /** The trust's decision after a DNA, offered to clinicians first. */
    public NextStep dnaDecision() {
        return decisions.dnaNextStep();
    }

    /** Changes what clinicians are offered first when a patient does not attend. */
    public NextStep decideAfterDna(String stepText) {
        NextStep step = ClinicDecisions.afterDna(stepText);
        decisions.decideDnaNextStep(step);
        return step;
    }

    /** The hour the clinic schedule's grid starts at, for everyone who reads the schedule. */
    @Access(module = ClinicsModule.NAME, roles = {Roles.TRUST_ADMIN, Roles.CLINICIAN, Roles.CLERK})
    public LocalTime scheduleDayStarts() {
        return decisions.scheduleDayStarts();
    }

    /** The trust's decisions for its clinics, as the admin saves them together. */
    public record Decisions(NextStep afterDna, LocalTime scheduleDayStarts) {
    }

    /** Saves the trust's decisions in one action: both, or (with the field at fault named) neither. */
    public Decisions decide(String afterDna, String scheduleDayStarts) {
        return new Decisions(decideAfterDna(afterDna), decideScheduleDayStarts(scheduleDayStarts));
    }

    /** Changes the hour the schedule's grid starts at: a whole hour from 00:00 to 12:00 (the grid shows the day from there). */
    public LocalTime decideScheduleDayStarts(String text) {
        LocalTime starts = ClinicDecisions.scheduleDayStarts(text);
        decisions.decideScheduleDayStarts(starts);
        return starts;
    }

    /** Cancels a whole session: its slots close and its booked patients go on the to-be-rebooked list. */
    public int cancelSession(UUID sessionId, String reason) {
        String why = InputCheck.text("Reason", reason, 500, false);
        if (why == null) {
            throw new BookingRuleException("reason", "Give a reason for cancelling the session");
        }
        ClinicSession session = clinics.findSession(sessionId).orElseThrow(() -> new RecordNotFoundException("session"));
        if (session.status() == ClinicSession.Status.CANCELLED) {
            throw new BookingRuleException("session", "This session is already cancelled");
        }
        var moved = bookings.holdingPlaceInSession(sessionId);
        for (var booking : moved) {
            booking.needsRebooking("Session cancelled: " + why);
            audit.record(ClinicAudit.APPOINTMENT_TO_BE_REBOOKED, booking.id(), booking.patientId(), "booking=" + booking.id() + " session=" + sessionId);
        }
        bookings.flush();
        session.cancel(why);
        clinics.slotsOf(sessionId).forEach(Slot::cancel);
        clinics.flush();
        audit.record(ClinicAudit.SESSION_CANCELLED, sessionId, null, "clinic=" + session.clinicId() + " date=" + session.date()
                + " moved=" + moved.size() + ": " + why);
        return moved.size();
    }
}
