package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicList;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.clinics.application.Views.SlotView;
import org.openepr.clinics.domain.Booking;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.errors.RecordNotFoundException;
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
    BookAppointment booking;

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

    public void load() {
        if (date == null || date.isBlank()) {
            date = clock.today().toString();
        }
        if (clinics == null) {
            clinics = setup.clinics();
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

    public void discharge(String bookingId) {
        act(() -> clinicDay.nextStep(Ids.of("appointment", bookingId), Booking.NextStep.DISCHARGE, null), "Discharged from the clinic");
    }

    public void followUp(String bookingId) {
        act(() -> {
            followUpSlots = clinicDay.nextStep(Ids.of("appointment", bookingId), Booking.NextStep.FOLLOW_UP, followUpWeeks);
            followUpFor = bookingId;
        }, null);
        if (followUpSlots != null && bookingId.equals(followUpFor)) {
            FacesProblems.notice("Follow-up in " + followUpWeeks + " weeks: " + followUpSlots.size() + " free slot(s) offered below");
        }
    }

    public void bookFollowUp(String slotId) {
        var row = list.sessions().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.booking() != null && r.booking().id().toString().equals(followUpFor)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("appointment"));
        act(() -> {
            var b = booking.book(new BookAppointment.Request(UUID.randomUUID(), Ids.of("slot", slotId), row.booking().patient().id(),
                    "FOLLOW_UP", "Follow-up", null)).booking();
            FacesProblems.notice("Follow-up booked for " + b.startsAt().toLocalDate() + " at " + b.startsAt().toLocalTime());
            followUpSlots = null;
            followUpFor = null;
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
