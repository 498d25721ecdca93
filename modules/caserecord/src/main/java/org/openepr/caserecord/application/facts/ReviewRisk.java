package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Reviews an alert: the next review date, the severity as it now stands, and who reviewed. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class ReviewRisk {

    @Inject
    RiskAlertRepository alerts;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public RiskAlert review(UUID alertId, int versionSeen, String nextReviewText, String severityText) {
        InputCheck check = new InputCheck();
        LocalDate next = check.field("reviewDate", () -> FormInput.date("Next review", nextReviewText, true));
        RiskSeverity severity = check.field("severity", () -> FormInput.choice(RiskSeverity.class, "Severity", severityText, false));
        check.throwIfAny();
        RiskAlert alert = Stale.check(alerts.find(alertId).orElseThrow(() -> new RecordNotFoundException("alert")), versionSeen);
        Instant now = clock.instant();
        alert.review(next, severity, trust.caller().userId(), now, LocalDate.ofInstant(now, UkDates.UK));
        audit.record(ClinicalFactsAudit.RISK_REVIEWED, alert.id(), alert.patientId(), alert.category().label() + ", " + alert.severity().label()
                + ", next review " + UkDates.date(next));
        return alert;
    }

    /** An alert changed since the user opened it is not changed again over their head. */
    static final class Stale {
        private Stale() {
        }

        static RiskAlert check(RiskAlert alert, int versionSeen) {
            if (alert.version() != versionSeen) {
                throw new StaleEditException("This alert was changed after you opened it: nothing was saved");
            }
            return alert;
        }
    }
}
