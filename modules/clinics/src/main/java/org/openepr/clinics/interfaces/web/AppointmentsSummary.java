package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.application.AppointmentsAtAGlance;
import org.openepr.clinics.application.Views.BookingView;
import org.openepr.platform.summary.PrintedSection;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryPart;
import org.openepr.platform.time.UkDates;

/** Upcoming and recent appointments, with outcomes, on the case record summary and its printout. */
@ApplicationScoped
public class AppointmentsSummary implements SummaryPart {

    static final String TITLE = "Appointments";
    static final int ORDER = 60;

    @Inject
    AppointmentsAtAGlance glance;

    @Override
    public SummaryPanel panel() {
        return new SummaryPanel("appointments", TITLE, "/clinics/summary-appointments.xhtml", ORDER, AppointmentsAtAGlance.class);
    }

    @Override
    public Snapshot load(UUID patientId) {
        return glance.of(patientId);
    }

    @Override
    public PrintedSection print(UUID patientId) {
        AppointmentsAtAGlance.Glance g = glance.of(patientId);
        List<List<String>> rows = new ArrayList<>();
        g.upcoming().forEach(a -> rows.add(row("Upcoming", a)));
        g.recent().forEach(a -> rows.add(row("Recent", a)));
        return new PrintedSection(TITLE, List.of("", "When", "Clinic", "Type", "Status / outcome"), rows, "No upcoming or recent appointments",
                "The next " + AppointmentsAtAGlance.SHOWN + " and the last " + AppointmentsAtAGlance.SHOWN + " at most", g.asOf());
    }

    private static List<String> row(String which, BookingView a) {
        return List.of(which, UkDates.dayTime(a.startsAt()), a.clinicName(), a.appointmentType().label(),
                a.statusLabel() + (a.nextStepLabel() == null ? "" : "; next: " + a.nextStepLabel()));
    }
}
