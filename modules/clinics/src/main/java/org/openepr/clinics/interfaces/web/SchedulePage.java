package org.openepr.clinics.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.Views.ClinicView;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.web.UserAction;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The calendar of clinic sessions: all the trust's, one clinic's or one clinician's, week or day, from the trust's hour. */
@Named
@ViewScoped
@UserAction
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appointments appointments;

    @Inject
    ClinicSetup setup;

    @Inject
    ServiceClock clock;

    private String clinicId;
    private String clinician;
    private List<ClinicView> clinics;
    private LocalTime dayStarts;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            UUID clinic = clinicId == null || clinicId.isBlank() ? null : Ids.of("clinic", clinicId);
            for (var s : appointments.sessions(clinic, clinician, start.toLocalDate(), end.toLocalDate())) {
                addEvent(DefaultScheduleEvent.builder()
                        .title(s.clinicName() + " · " + s.clinician() + " · " + s.booked() + "/" + s.places() + " booked"
                                + (s.isCancelled() ? " · " + s.sessionStatus().label() : ""))
                        .startDate(s.date().atTime(s.startsAt())).endDate(s.date().atTime(s.endsAt()))
                        .url("day.xhtml?clinic=" + s.clinicId() + "&date=" + s.date())
                        .styleClass(s.isCancelled() ? "session-cancelled" : "session").build());
            }
        }
    };

    public void show() {
        // the lazy model reloads on the next render
    }

    public List<ClinicView> getClinics() {
        if (clinics == null) {
            clinics = setup.clinics();
        }
        return clinics;
    }

    public List<String> getClinicians() {
        return getClinics().stream().flatMap(c -> c.clinicians().stream()).distinct().sorted().toList();
    }

    /** The calendar opens on the service's today, not the browser's. */
    public LocalDate getToday() {
        return clock.today();
    }

    /** The trust's hour for the top of the grid (clinic set-up), as the calendar takes it. */
    public String getDayStarts() {
        if (dayStarts == null) {
            dayStarts = setup.scheduleDayStarts();
        }
        return dayStarts + ":00";
    }

    public ScheduleModel getModel() { return model; }
    public String getClinicId() { return clinicId; }
    public void setClinicId(String v) { clinicId = v; }
    public String getClinician() { return clinician; }
    public void setClinician(String v) { clinician = v; }
}
