package org.openepr.clinics.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.openepr.clinics.application.DnaReport;
import org.openepr.clinics.application.Views.DnaCount;
import org.openepr.platform.persistence.ServiceClock;

/** Trust admin: did-not-attend counts per clinic over the last 90 days. */
@Named
@RequestScoped
public class DnaReportPage {

    static final int DAYS = 90;

    @Inject
    DnaReport report;

    @Inject
    ServiceClock clock;

    private List<DnaCount> counts;

    public List<DnaCount> getCounts() {
        if (counts == null) {
            LocalDate today = clock.today();
            counts = report.counts(today.minusDays(DAYS), today);
        }
        return counts;
    }

    public LocalDate getFrom() {
        return clock.today().minusDays(DAYS);
    }
}
