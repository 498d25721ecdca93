package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SessionView;
import org.openepr.clinics.application.Views.TemplateView;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.web.FacesProblems;

/** Trust admin: clinics, their session templates, generating slots, cancelling sessions. */
@Named
@ViewScoped
public class ClinicSetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClinicSetup setup;

    @Inject
    transient Appointments appointments;

    @Inject
    transient Clock clock;

    private String clinicId;
    private ClinicView clinic;
    // new clinic
    private String name;
    private String service;
    private String location;
    private String clinicians;
    // new template
    private String weekday = "MONDAY";
    private String startsAt = "09:00";
    private String endsAt = "12:00";
    private String slotMinutes = "30";
    private String capacity = "1";
    private String type = "NEW";
    private String clinician;
    private String effectiveFrom;
    private String effectiveTo;
    // generate
    private String generateFrom;
    private String generateTo;
    // cancel
    private String cancelReason;

    public void load() {
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom == null) {
            effectiveFrom = today.toString();
            generateFrom = today.toString();
            generateTo = today.plusWeeks(12).toString();
        }
        if (clinicId != null && clinic == null) {
            try {
                clinic = setup.clinic(UUID.fromString(clinicId));
            } catch (RecordNotFoundException | IllegalArgumentException e) {
                FacesProblems.notFound("No such clinic");
            }
        }
    }

    public List<ClinicView> getClinics() {
        return setup.clinics();
    }

    public List<TemplateView> getTemplates() {
        return clinic == null ? List.of() : setup.templates(clinic.id());
    }

    public List<SessionView> getUpcomingSessions() {
        LocalDate today = LocalDate.now(clock);
        return clinic == null ? List.of() : appointments.sessions(clinic.id(), null, today, today.plusWeeks(6));
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String createClinic() {
        try {
            ClinicView created = setup.createClinic(new ClinicSetup.ClinicForm(name, service, location, clinicians));
            FacesProblems.notice("Created " + created.name());
            return "/clinics/admin/setup.xhtml?faces-redirect=true&clinic=" + created.id();
        } catch (InvalidInputException e) {
            FacesProblems.show("newClinic", e);
        } catch (ConflictException e) {
            FacesProblems.field("newClinic", e.field(), e.getMessage());
        }
        return null;
    }

    public void addTemplate() {
        try {
            TemplateView t = setup.addTemplate(clinic.id(), new SessionPattern.Form(weekday, startsAt, endsAt, slotMinutes, capacity, type,
                    clinician, effectiveFrom, effectiveTo));
            FacesProblems.notice("Added " + t.weekday() + " " + t.startsAt() + "–" + t.endsAt() + " sessions");
        } catch (InvalidInputException e) {
            FacesProblems.show("template", e);
        }
    }

    public void generate() {
        try {
            var made = setup.generate(clinic.id(), SessionPattern.date("From", generateFrom, true), SessionPattern.date("To", generateTo, true));
            FacesProblems.notice("Made " + made.sessions() + " sessions and " + made.slots() + " slots (bank holidays skipped)");
        } catch (InvalidInputException e) {
            FacesProblems.show("generate", e);
        } catch (IllegalArgumentException e) {
            FacesProblems.page(e.getMessage());
        }
    }

    public void cancelSession(String sessionId) {
        try {
            int moved = setup.cancelSession(UUID.fromString(sessionId), cancelReason);
            FacesProblems.notice("Session cancelled; " + moved + " patient(s) moved to the to-be-rebooked list");
            cancelReason = null;
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        }
    }

    public ClinicView getClinic() { return clinic; }
    public String getClinicId() { return clinicId; }
    public void setClinicId(String v) { clinicId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    public String getClinicians() { return clinicians; }
    public void setClinicians(String v) { clinicians = v; }
    public String getWeekday() { return weekday; }
    public void setWeekday(String v) { weekday = v; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String v) { startsAt = v; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String v) { endsAt = v; }
    public String getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(String v) { slotMinutes = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getClinician() { return clinician; }
    public void setClinician(String v) { clinician = v; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String v) { effectiveFrom = v; }
    public String getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(String v) { effectiveTo = v; }
    public String getGenerateFrom() { return generateFrom; }
    public void setGenerateFrom(String v) { generateFrom = v; }
    public String getGenerateTo() { return generateTo; }
    public void setGenerateTo(String v) { generateTo = v; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
}
