package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * A patient's alerts and risks in full, for those who treat (a booking clerk sees them in the patient banner:
 * BannerAlerts); only clinicians record, review or end them. Every read audited.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class RiskAlerts {

    static final int MOST = 500;

    @Inject
    RiskAlertRepository alerts;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Current alerts (highest severity first) with which are overdue for review today, and the ended ones. */
    public record Alerts(PatientSummary patient, List<RiskAlert> current, List<RiskAlert> ended, LocalDate today) {
        public boolean overdue(RiskAlert alert) {
            return alert.isReviewOverdue(today);
        }
    }

    public Alerts forPatient(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<RiskAlert> all = alerts.forPatient(patientId, MOST);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkDates.UK);
        List<RiskAlert> current = all.stream().filter(RiskAlert::isActive)
                .sorted(java.util.Comparator.comparing((RiskAlert a) -> a.severity().ordinal()).reversed().thenComparing(RiskAlert::reviewDate)).toList();
        Alerts result = new Alerts(patient, current, all.stream().filter(a -> !a.isActive()).toList(), today);
        audit.record(ClinicalFactsAudit.RISKS_VIEWED, null, patientId, current.size() + " current");
        return result;
    }

    public RiskAlert alert(UUID id) {
        RiskAlert a = alerts.find(id).orElseThrow(() -> new RecordNotFoundException("alert"));
        audit.record(ClinicalFactsAudit.RISKS_VIEWED, id, a.patientId(), a.category().label());
        return a;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UkDates.UK);
    }
}
