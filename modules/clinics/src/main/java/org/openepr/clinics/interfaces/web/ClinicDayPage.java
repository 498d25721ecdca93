package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
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
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.web.FacesProblems;

/** The clinic list of a day: check patients in, record outcomes and next steps, print the list. */
@Named
@ViewScoped
public class ClinicDayPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClinicDay clinicDay;

    @Inject
    transient ClinicSetup setup;

    @Inject
    transient BookAppointment booking;

    @Inject
    transient Clock clock;

    private String clinicId;
    private String date;
    private ClinicList list;
    private String cancelReason;
    private Integer followUpWeeks = 6;
    private String followUpFor;
    private List<SlotView> followUpSlots;

    public void load() {
        if (date == null || date.isBlank()) {
            date = LocalDate.now(clock).toString();
        }
        if (clinicId != null && !clinicId.isBlank()) {
            refresh();
        }
    }

    public void show() {
        refresh();
    }

    private void refresh() {
        try {
            list = clinicDay.list(UUID.fromString(clinicId), SessionPattern.date("Date", date, true));
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            list = null;
            FacesProblems.notFound("No such clinic");
        }
    }

    public void checkIn(String bookingId) {
        act(() -> clinicDay.checkIn(UUID.fromString(bookingId)), "Checked in");
    }

    public void outcome(String bookingId, String outcome) {
        act(() -> clinicDay.recordOutcome(UUID.fromString(bookingId), outcome, cancelReason), "Outcome recorded");
    }

    public void discharge(String bookingId) {
        act(() -> clinicDay.nextStep(UUID.fromString(bookingId), Booking.NextStep.DISCHARGE, null), "Discharged from the clinic");
    }

    public void followUp(String bookingId) {
        try {
            followUpSlots = clinicDay.nextStep(UUID.fromString(bookingId), Booking.NextStep.FOLLOW_UP, followUpWeeks);
            followUpFor = bookingId;
            FacesProblems.notice("Follow-up in " + followUpWeeks + " weeks: " + followUpSlots.size() + " free slot(s) offered below");
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        }
        refresh();
    }

    public void bookFollowUp(String slotId) {
        try {
            var row = list.sessions().stream().flatMap(s -> s.rows().stream())
                    .filter(r -> r.booking() != null && r.booking().id().toString().equals(followUpFor)).findFirst().orElseThrow();
            var b = booking.book(new BookAppointment.Request(UUID.randomUUID(), UUID.fromString(slotId), row.booking().patient().id(),
                    "FOLLOW_UP", "Follow-up", null)).booking();
            FacesProblems.notice("Follow-up booked for " + b.startsAt().toLocalDate() + " at " + b.startsAt().toLocalTime());
            followUpSlots = null;
            followUpFor = null;
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        } catch (ConflictException e) {
            FacesProblems.page(e.getMessage());
        }
        refresh();
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesProblems.notice(done);
        } catch (InvalidInputException e) {
            FacesProblems.page(e.problems().get(0).message());
        }
        refresh();
    }

    public List<ClinicView> getClinics() {
        return setup.clinics();
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
