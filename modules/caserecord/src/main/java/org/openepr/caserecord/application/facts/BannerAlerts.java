package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * The alerts and risks line of the patient banner, on every patient page: the current alerts, highest severity
 * first, overdue reviews flagged. One bounded query (the page already found the patient; row-level security keeps
 * another trust's alerts out); the read is audited like any other.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
public class BannerAlerts {

    /** The banner names this many; beyond, it says how many more (the alerts page lists them all). */
    static final int SHOWN = 5;

    @Inject
    RiskAlertRepository alerts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Item(RiskCategory category, RiskSeverity severity, LocalDate reviewDate, boolean overdue) {
    }

    public record Line(List<Item> items, boolean more) {
        public boolean anyOverdue() {
            return items.stream().anyMatch(Item::overdue);
        }
    }

    public Line of(UUID patientId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkDates.UK);
        List<RiskAlert> current = alerts.current(patientId, SHOWN + 1);
        List<Item> items = current.stream().limit(SHOWN).map(a -> new Item(a.category(), a.severity(), a.reviewDate(), a.isReviewOverdue(today))).toList();
        audit.record(ClinicalFactsAudit.RISKS_VIEWED, null, patientId, "banner: " + items.size() + (current.size() > SHOWN ? "+" : "") + " current");
        return new Line(items, current.size() > SHOWN);
    }
}
