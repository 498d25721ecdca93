package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.api.CurrentLegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The current legal status as another module reads it (see {@link PublishedLegalStatus}): one query by the index of
 * current statuses, audited like the banner's read, with the reader's purpose. Read by those who see the banner.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
public class LegalStatusNow {

    @Inject
    LegalStatusRepository statuses;

    @Inject
    AuditTrail audit;

    public Optional<CurrentLegalStatus> of(UUID patientId, String purpose) {
        var current = statuses.current(patientId);
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, current.map(s -> s.id()).orElse(null), patientId,
                purpose + ": " + current.map(s -> s.section().label()).orElse("none recorded"));
        return current.map(s -> new CurrentLegalStatus(s.section().label(), s.section().nhsCode(), s.startedAt(), s.expiresAt()));
    }
}
