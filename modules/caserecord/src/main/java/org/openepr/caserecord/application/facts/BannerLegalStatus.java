package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalCountdown;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The legal status line of the patient banner: the current status with its countdown ("Section 3, 41 days left,
 * renewal due 14-Apr-2027"), or nothing when none is recorded. One query (the current status by an index).
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
public class BannerLegalStatus {

    @Inject
    LegalStatusRepository statuses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<LegalCountdown> of(UUID patientId) {
        var current = statuses.current(patientId);
        current.ifPresent(s -> audit.record(ClinicalFactsAudit.LEGAL_STATUS_VIEWED, s.id(), patientId, "banner: " + s.section().label()));
        return current.map(s -> s.countdown(clock.instant()));
    }
}
