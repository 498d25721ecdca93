package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openepr.clinics.application.Appointments;
import org.openepr.clinics.application.Views.DnaCount;

/** Trust admin: did-not-attend counts per clinic over the last 90 days. */
@Named
@RequestScoped
public class DnaReportPage {

    @Inject
    Appointments appointments;

    @Inject
    Clock clock;

    private List<DnaCount> counts;

    public List<DnaCount> getCounts() {
        if (counts == null) {
            LocalDate today = LocalDate.now(clock);
            counts = appointments.dnaCounts(today.minusDays(90), today);
        }
        return counts;
    }

    public LocalDate getFrom() {
        return LocalDate.now(clock).minusDays(90);
    }
}
