package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SessionView;
import org.openepr.clinics.application.Views.TemplateView;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.Words;
import org.openepr.platform.web.UserAction;

/** Trust admin: clinics, their session templates, generating slots, cancelling sessions. */
@Named
@ViewScoped
@UserAction
public class ClinicSetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSetup setup;

    @Inject
    Appointments appointments;

    @Inject
    ServiceClock clock;

    @Inject
    Words words;

    private String clinicId;
    private ClinicView clinic;
    private List<ClinicView> clinics;
    private List<TemplateView> templates;
    private List<SessionView> upcomingSessions;
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
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    // generate
    private LocalDate generateFrom;
    private LocalDate generateTo;
    // cancel
    private String cancelReason;
    // the trust's decisions
    private String dnaDecision;
    private String scheduleDayStarts;

    public void load() {
        LocalDate today = clock.today();
        if (effectiveFrom == null) {
            effectiveFrom = today;
            generateFrom = today;
            generateTo = today.plusWeeks(12);
        }
        if (clinics == null) {
            clinics = setup.clinics();
            dnaDecision = setup.dnaDecision().name();
            scheduleDayStarts = UkDates.time(setup.scheduleDayStarts());
        }
        if (clinicId != null && clinic == null) {
            clinic = setup.clinic(Ids.of("clinic", clinicId));
            reloadClinic();
        }
    }

    private void reloadClinic() {
        LocalDate today = clock.today();
        templates = setup.templates(clinic.id());
        upcomingSessions = appointments.sessions(clinic.id(), null, today, today.plusWeeks(6));
    }

    public List<ClinicView> getClinics() {
        return clinics == null ? List.of() : clinics;
    }

    public List<TemplateView> getTemplates() {
        return templates == null ? List.of() : templates;
    }

    public List<SessionView> getUpcomingSessions() {
        return upcomingSessions == null ? List.of() : upcomingSessions;
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public void saveDecisions() {
        var decided = setup.decide(dnaDecision, scheduleDayStarts);
        FacesProblems.notice("Saved: after a DNA, clinicians are offered first: " + decided.afterDna().label().toLowerCase()
                + "; the clinic schedule starts at " + UkDates.time(decided.scheduleDayStarts()));
    }

    public String createClinic() {
        ClinicView created = setup.createClinic(new ClinicSetup.ClinicForm(name, service, location, clinicians));
        FacesProblems.noticeOnNextPage("Created " + created.name());
        return "/clinics/admin/setup.xhtml?faces-redirect=true&clinic=" + created.id();
    }

    public void addTemplate() {
        TemplateView t = setup.addTemplate(clinic.id(), new SessionPattern.Form(weekday, startsAt, endsAt, slotMinutes, capacity, type,
                clinician, UkDates.typed(effectiveFrom), UkDates.typed(effectiveTo)));
        FacesProblems.notice("Added " + words.of(t.weekday()) + " " + UkDates.time(t.startsAt()) + "–" + UkDates.time(t.endsAt()) + " sessions");
        reloadClinic();
    }

    public void generate() {
        var made = setup.generate(clinic.id(), generateFrom, generateTo);
        FacesProblems.notice("Made " + made.sessions() + " sessions and " + made.slots() + " slots (bank holidays skipped)");
        reloadClinic();
    }

    public void cancelSession(String sessionId) {
        int moved = setup.cancelSession(Ids.of("session", sessionId), cancelReason);
        FacesProblems.notice("Session cancelled; " + moved + " patient(s) moved to the to-be-rebooked list");
        cancelReason = null;
        reloadClinic();
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
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { effectiveFrom = v; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate v) { effectiveTo = v; }
    public LocalDate getGenerateFrom() { return generateFrom; }
    public void setGenerateFrom(LocalDate v) { generateFrom = v; }
    public LocalDate getGenerateTo() { return generateTo; }
    public void setGenerateTo(LocalDate v) { generateTo = v; }
    public String getCancelReason() { return cancelReason; }
    public String getScheduleDayStarts() { return scheduleDayStarts; }
    public void setScheduleDayStarts(String v) { scheduleDayStarts = v; }
    public String getDnaDecision() { return dnaDecision; }
    public void setDnaDecision(String v) { dnaDecision = v; }
    public void setCancelReason(String v) { cancelReason = v; }
}
