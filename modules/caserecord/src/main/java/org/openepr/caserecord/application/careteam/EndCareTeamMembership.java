package org.openepr.caserecord.application.careteam;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Ends someone's membership of a care team on a day (today by default): the record keeps it as past. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class EndCareTeamMembership {

    @Inject
    CareTeamRepository teams;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public CareTeamMember end(UUID memberId, int versionSeen, String lastDayText) {
        CareTeamMember m = teams.find(memberId).orElseThrow(() -> new RecordNotFoundException("care team member"));
        if (m.version() != versionSeen) {
            throw new StaleEditException("This membership was changed after you opened it: nothing was saved");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        InputCheck check = new InputCheck();
        LocalDate last = check.field("endOn", () -> lastDayText == null || lastDayText.isBlank() ? today
                : UkDates.parseTyped(lastDayText).orElseThrow(() -> new IllegalArgumentException("Last day must be a date written DD/MM/YYYY")));
        check.throwIfAny();
        check.field("endOn", () -> {
            m.end(last, trust.caller().userId(), clock.instant());
            return null;
        });
        check.throwIfAny();
        audit.record(CareTeamAudit.CARE_TEAM_MEMBERSHIP_ENDED, m.id(), m.patientId(), m.staffUserId() + ", " + m.role().label() + ", "
                + m.service() + ", last day " + UkDates.date(last));
        return m;
    }
}
