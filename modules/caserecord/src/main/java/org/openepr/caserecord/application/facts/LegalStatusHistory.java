package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalCountdown;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** A patient's legal status now and its history, newest first. Read by those who treat (the banner line is BannerLegalStatus); audited. */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class LegalStatusHistory {

    static final int MOST = 200;

    @Inject
    LegalStatusRepository statuses;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record History(PatientSummary patient, Optional<LegalStatus> current, Optional<LegalCountdown> countdown, List<LegalStatus> all, Instant asAt) {
    }

    public History forPatient(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<LegalStatus> all = statuses.history(patientId, MOST);
        Instant now = clock.instant();
        Optional<LegalStatus> current = all.stream().filter(LegalStatus::isCurrent).findFirst();
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, null, patientId, current.map(s -> s.section().label()).orElse("none recorded"));
        return new History(patient, current, current.map(s -> s.countdown(now)), all, now);
    }

    public LegalStatus entry(UUID id) {
        LegalStatus s = statuses.find(id).orElseThrow(() -> new RecordNotFoundException("legal status"));
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, id, s.patientId(), s.section().label());
        return s;
    }
}
