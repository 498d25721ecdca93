package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Cancels one appointment, from the clinic list or the patient's page: the appointment named in full, its own reason
 * (never one typed for another row), by whom, then back where the user came from, which no longer offers it.
 */
@Named
@ViewScoped
@UserAction
public class CancelAppointmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the user came from; anything else goes back to the patient's page. */
    static final String FROM_CLINIC_LIST = "day";

    @Inject
    Appointments appointments;

    @Inject
    BookAppointment booking;

    private String appointmentId;
    private String from;
    private BookingView appointment;
    private String reason;
    private String by;

    public void load() {
        if (appointment == null) {
            appointment = appointments.find(Ids.of("appointment", appointmentId));
        }
    }

    public String cancel() {
        boolean byPatient = "PATIENT".equals(by);
        if (!byPatient && !"TRUST".equals(by)) {
            FacesProblems.field("by", "Choose who cancelled: the patient or the trust");
            return null;
        }
        BookingView cancelled = booking.cancel(appointment.id(), byPatient, reason);
        FacesProblems.noticeOnNextPage("Cancelled the appointment of " + cancelled.patient().displayName() + " on "
                + UkDates.dayTime(cancelled.startsAt()) + " (" + cancelled.statusLabel().toLowerCase() + ")");
        return back();
    }

    /** The clinic list of the appointment's day, or the patient's page: built from the appointment, never from a URL. */
    public String getBackPath() {
        return FROM_CLINIC_LIST.equals(from)
                ? "/clinics/day.xhtml?clinic=" + appointment.clinicId() + "&date=" + appointment.startsAt().toLocalDate()
                : "/patients/banner.xhtml?id=" + appointment.patient().id();
    }

    private String back() {
        return getBackPath() + "&faces-redirect=true";
    }

    public BookingView getAppointment() { return appointment; }
    public String getAppointmentId() { return appointmentId; }
    public void setAppointmentId(String v) { appointmentId = v; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getBy() { return by; }
    public void setBy(String v) { by = v; }
}
