package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.NextStep;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.clinics.ClinicFeatures;
import org.openepr.platform.releases.Features;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The clinic list of a day: check patients in, record outcomes and next steps, print the list. */
@Named
@ViewScoped
@UserAction
public class ClinicDayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicDay clinicDay;

    @Inject
    ClinicSetup setup;

    @Inject
    WaitingList waitingList;

    @Inject
    ServiceClock clock;

    @Inject
    Features features;

    private String clinicId;
    /** The date as a link gives it (2027-03-03 or 03/03/2027); the picker's value is {@link #day}. */
    private String date;
    private LocalDate day;
    private List<ClinicView> clinics;
    private ClinicList list;
    private Integer followUpWeeks = 6;
    private String followUpFor;
    private List<SlotView> followUpSlots;
    private UUID waitingEntry;
    private NextStep dnaDecision;

    public void load() {
        if (day == null) {
            day = UkDates.parseTyped(date).orElse(clock.today());
        }
        if (clinics == null) {
            clinics = setup.clinics();
            dnaDecision = clinicDay.dnaDecision();
        }
        if (clinicId != null && !clinicId.isBlank() && list == null) {
            refresh();
        }
    }

    public void show() {
        if (clinicId == null || clinicId.isBlank()) {
            FacesProblems.field("clinic", "Choose a clinic");
            return;
        }
        refresh();
    }

    /** Asked on every request, not kept with the view: the trust may take or leave the release while the page is open. */
    public boolean isReasonShown() {
        return features.isOn(ClinicFeatures.BOOKING_REASON_ON_CLINIC_LIST);
    }

    private void refresh() {
        list = null;
        list = clinicDay.list(Ids.of("clinic", clinicId), day);
    }

    public void checkIn(String bookingId) {
        act(() -> clinicDay.checkIn(Ids.of("appointment", bookingId)), "Checked in");
    }

    /** A DNA recorded in error (the patient was there after all), taken back by the clinician who recorded it. */
    public void undoDidNotAttend(String bookingId) {
        act(() -> {
            var b = clinicDay.undoDidNotAttend(Ids.of("appointment", bookingId));
            FacesProblems.notice(b.patient().displayName() + ": \"did not attend\" undone; booked again, and off the waiting list it put them on");
        }, null);
    }

    /** Outcome and next step in one action (seen, did not attend, could not be seen). */
    public void conclude(String bookingId, String outcome, String nextStep) {
        act(() -> {
            var concluded = clinicDay.conclude(Ids.of("appointment", bookingId), outcome, nextStep, followUpWeeks);
            followUpSlots = concluded.waitingEntry() == null ? null : concluded.offered();
            waitingEntry = concluded.waitingEntry();
            FacesProblems.notice(concluded.booking().patient().displayName() + ": " + concluded.booking().statusLabel().toLowerCase()
                    + "; " + concluded.booking().nextStepLabel().toLowerCase()
                    + (concluded.waitingEntry() == null ? "" : ", due " + UkDates.date(concluded.dueOn()) + ". " + (concluded.offered().isEmpty()
                    ? "No free slot around that date: the patient stays on the waiting list until one is booked"
                    : concluded.offered().size() + " free slot(s) around that date offered below")));
        }, null);
    }

    /** Books one of the slots offered: the patient leaves the waiting list they were put on. */
    public void bookFollowUp(String slotId) {
        if (waitingEntry == null) {
            FacesProblems.page("Nothing to book: record an outcome with a follow-up first");
            return;
        }
        act(() -> {
            var b = waitingList.bookFromList(waitingEntry, Ids.of("slot", slotId), UUID.randomUUID());
            FacesProblems.notice("Booked " + b.patient().displayName() + " on " + UkDates.dayTime(b.startsAt()) + "; off the waiting list");
            followUpSlots = null;
            waitingEntry = null;
        }, null);
    }

    /** Does the action, then shows the list as it now is, whether the action succeeded or not. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            if (done != null) {
                FacesProblems.notice(done);
            }
        } finally {
            refresh();
        }
    }

    /** The trust's decision after a DNA, offered first. */
    public String getDnaDecision() {
        return dnaDecision == null ? NextStep.OFFER_ANOTHER.name() : dnaDecision.name();
    }


    public List<ClinicView> getClinics() {
        return clinics == null ? List.of() : clinics;
    }

    public ClinicList getList() { return list; }
    public String getClinicId() { return clinicId; }
    public void setClinicId(String v) { clinicId = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate v) { day = v; }
    public Integer getFollowUpWeeks() { return followUpWeeks; }
    public void setFollowUpWeeks(Integer v) { followUpWeeks = v; }
    public List<SlotView> getFollowUpSlots() { return followUpSlots; }
}
