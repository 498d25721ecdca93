package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalCountdown;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's current alerts and risks for the case record summary (highest severity first, each with its review
 * date, an overdue review flagged; at most {@link #SHOWN}), and the current legal status with its countdown: two
 * bounded queries, each on an index of the patient's current rows.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class RisksAtAGlance {

    /** As many as a summary shows; the risks page has them all. */
    public static final int SHOWN = 20;

    @Inject
    RiskAlertRepository alerts;

    @Inject
    LegalStatusRepository statuses;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Current risks, whether there are more, the legal status (null when none is recorded), and when they were read. */
    public record Listed(List<RiskAlert> risks, boolean more, LocalDate today, LegalCountdown legalStatus, Instant asOf) implements Snapshot {

        public boolean overdue(RiskAlert alert) {
            return alert.isReviewOverdue(today);
        }
    }

    public Listed of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        List<RiskAlert> read = alerts.current(patientId, SHOWN + 1);
        LegalStatus legal = statuses.current(patientId).orElse(null);
        boolean more = read.size() > SHOWN;
        List<RiskAlert> shown = more ? read.subList(0, SHOWN) : read;
        audit.record(ClinicalFactsAudit.RISKS_VIEWED, null, patientId, "case record summary: " + shown.size() + " current" + (more ? " and more" : ""));
        if (legal != null) {
            audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, legal.id(), patientId, "case record summary: " + legal.section().label());
        }
        return new Listed(List.copyOf(shown), more, LocalDate.ofInstant(asOf, UkDates.UK), legal == null ? null : legal.countdown(asOf), asOf);
    }
}
