package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** Ends an alert that no longer applies (or was entered in error), with the reason; it stays on the record. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class EndRisk {

    @Inject
    RiskAlertRepository alerts;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public RiskAlert end(UUID alertId, int versionSeen, String reasonText) {
        String reason = FormInput.required("endReason", "Reason", reasonText, 300);
        RiskAlert alert = ReviewRisk.Stale.check(alerts.find(alertId).orElseThrow(() -> new RecordNotFoundException("alert")), versionSeen);
        alert.end(reason, trust.caller().userId(), clock.instant());
        audit.record(ClinicalFactsAudit.RISK_ENDED, alert.id(), alert.patientId(), alert.category().label() + ": " + reason);
        return alert;
    }
}
