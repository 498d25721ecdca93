package org.openepr.caserecord.application.discharge;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.api.CaseRecordForDischarge;
import org.openepr.caserecord.api.DischargeFacts;
import org.openepr.caserecord.application.facts.ClinicalFactsAudit;
import org.openepr.caserecord.application.observations.ObservationsAudit;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.caserecord.domain.problems.ProblemStatus;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * The case record's facts for a discharge summary, read within bounds (a record of 5 or 5,000 entries costs alike)
 * and audited as every other read of them: one line per kind of fact, saying it was for a discharge summary.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class FactsForDischarge implements CaseRecordForDischarge {

    /** More than any summary lists of each kind. */
    static final int LIMIT = 100;
    static final String WHY = "discharge summary: ";

    @Inject
    ProblemRepository problems;

    @Inject
    RiskAlertRepository risks;

    @Inject
    LegalStatusRepository legal;

    @Inject
    ObservationRepository observations;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Override
    public DischargeFacts factsFor(UUID patientId, Instant started, Instant ended) {
        patients.require(patientId);
        LocalDate firstDay = LocalDate.ofInstant(started, UkDates.UK);
        List<DischargeFacts.Diagnosis> diagnoses = problems.forPatient(patientId, LIMIT).stream()
                .filter(p -> p.isActive() || (p.status() == ProblemStatus.RESOLVED && p.resolvedOn() != null && !p.resolvedOn().isBefore(firstDay)))
                .sorted(Comparator.comparing((Problem p) -> !p.isPrimaryDiagnosis()))
                .map(p -> new DischargeFacts.Diagnosis(p.kind().label(), p.term(), p.isCoded() ? p.codeSystem().uri() : null, p.code(),
                        p.onset(), p.isPrimaryDiagnosis(), p.status().label(), p.resolvedOn()))
                .toList();
        audit.record(ClinicalFactsAudit.PROBLEMS_VIEWED, null, patientId, WHY + diagnoses.size() + " problem(s) and diagnoses");

        List<DischargeFacts.SafetyAlert> alerts = risks.current(patientId, LIMIT).stream()
                .map(r -> new DischargeFacts.SafetyAlert(r.category().code(), r.category().label(), r.severity().label(), r.details(),
                        r.reviewDate()))
                .toList();
        audit.record(ClinicalFactsAudit.RISKS_VIEWED, null, patientId, WHY + alerts.size() + " current alert(s)");

        List<DischargeFacts.LegalPeriod> statuses = new ArrayList<>(legal.history(patientId, LIMIT).stream()
                .filter(s -> !s.startedAt().isAfter(ended) && (s.endedAt() == null || !s.endedAt().isBefore(started)))
                .sorted(Comparator.comparing(LegalStatus::startedAt))
                .map(s -> new DischargeFacts.LegalPeriod(s.section().label(), s.section().nhsCode(), s.startedAt(), s.expiresAt(), s.endedAt()))
                .toList());
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, null, patientId, WHY + statuses.size() + " legal status(es) during the episode");

        Map<VitalSign, Observation> latest = new LinkedHashMap<>();
        for (VitalSign sign : VitalSign.values()) {
            // one top-1 probe per sign (newest first), however many readings the stay holds
            observations.taken(patientId, EnumSet.of(sign), started, ended.plusMillis(1), false, 0, 1).forEach(o -> latest.put(sign, o));
        }
        List<DischargeFacts.Measurement> measured = EnumSet.allOf(VitalSign.class).stream().filter(latest::containsKey).map(latest::get)
                .map(o -> new DischargeFacts.Measurement(o.kind().label(), o.display(), o.takenAt())).toList();
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, null, patientId, WHY + measured.size() + " latest vital sign(s) of the episode");
        return new DischargeFacts(diagnoses, alerts, statuses, measured);
    }
}
