package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.NextStep;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
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

    private String clinicId;
    private String date;
    private List<ClinicView> clinics;
    private ClinicList list;
    private String cancelReason;
    private Integer followUpWeeks = 6;
    private String followUpFor;
    private List<SlotView> followUpSlots;
    private UUID waitingEntry;
    private NextStep dnaDecision;

    public void load() {
        if (date == null || date.isBlank()) {
            date = clock.today().toString();
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
        refresh();
    }

    private void refresh() {
        list = null;
        list = clinicDay.list(Ids.of("clinic", clinicId), SessionPattern.date("Date", date, true));
    }

    public void checkIn(String bookingId) {
        act(() -> clinicDay.checkIn(Ids.of("appointment", bookingId)), "Checked in");
    }

    public void outcome(String bookingId, String outcome) {
        act(() -> clinicDay.recordOutcome(Ids.of("appointment", bookingId), outcome, cancelReason), "Outcome recorded");
    }

    /** Outcome and next step in one action (seen, did not attend, could not be seen). */
    public void conclude(String bookingId, String outcome, String nextStep) {
        act(() -> {
            var concluded = clinicDay.conclude(Ids.of("appointment", bookingId), outcome, nextStep, followUpWeeks);
            followUpSlots = concluded.waitingEntry() == null ? null : concluded.offered();
            waitingEntry = concluded.waitingEntry();
            FacesProblems.notice(concluded.booking().patient().displayName() + ": " + concluded.booking().statusLabel().toLowerCase()
                    + "; " + concluded.booking().nextStepLabel().toLowerCase()
                    + (concluded.waitingEntry() == null ? "" : ", due " + concluded.dueOn() + ". " + (concluded.offered().isEmpty()
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
            FacesProblems.notice("Booked " + b.patient().displayName() + " on " + b.startsAt().toLocalDate() + " at "
                    + b.startsAt().toLocalTime() + "; off the waiting list");
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

    /** For offering only what the rules allow: DNA once a slot has started, check-in on the day. */
    public java.time.LocalDateTime getNow() {
        return clock.now();
    }

    public List<ClinicView> getClinics() {
        return clinics == null ? List.of() : clinics;
    }

    public ClinicList getList() { return list; }
    public String getClinicId() { return clinicId; }
    public void setClinicId(String v) { clinicId = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
    public Integer getFollowUpWeeks() { return followUpWeeks; }
    public void setFollowUpWeeks(Integer v) { followUpWeeks = v; }
    public List<SlotView> getFollowUpSlots() { return followUpSlots; }
}
