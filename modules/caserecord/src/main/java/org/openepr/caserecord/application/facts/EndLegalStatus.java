package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Ends a legal status (discharged from section, CTO revoked or ended...) at a time not before its start nor in the future. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class EndLegalStatus {

    @Inject
    LegalStatusRepository statuses;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public LegalStatus end(UUID statusId, int versionSeen, String endDate, String endTime, String reasonText) {
        InputCheck check = new InputCheck();
        Instant at = check.field("end", () -> FormInput.dateTime("End", endDate, endTime));
        String reason = check.field("endReason", () -> InputCheck.text("Reason", reasonText, 300, true));
        check.throwIfAny();
        LegalStatus s = statuses.find(statusId).orElseThrow(() -> new RecordNotFoundException("legal status"));
        if (s.version() != versionSeen) {
            throw new StaleEditException("This legal status was changed after you opened it: nothing was saved");
        }
        s.end(at, reason, trust.caller().userId(), clock.instant());
        audit.record(ClinicalFactsAudit.LEGAL_STATUS_ENDED, s.id(), s.patientId(), s.section().label() + " ended " + UkDates.dateTime(at) + ": " + reason);
        return s;
    }
}
