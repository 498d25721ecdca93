package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Renews a section 3, 37, guardianship or CTO (or a remand) before it expires, for the period the Act gives. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class RenewLegalStatus {

    @Inject
    LegalStatusRepository statuses;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public LegalStatus renew(UUID statusId, int versionSeen) {
        LegalStatus s = statuses.find(statusId).orElseThrow(() -> new RecordNotFoundException("legal status"));
        if (s.version() != versionSeen) {
            throw new StaleEditException("This legal status was changed after you opened it: nothing was saved");
        }
        s.renew(trust.caller().userId(), clock.instant());
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_RENEWED, s.id(), s.patientId(), s.section().label() + " renewed until "
                + UkDates.dateTime(s.expiresAt()));
        return s;
    }
}
