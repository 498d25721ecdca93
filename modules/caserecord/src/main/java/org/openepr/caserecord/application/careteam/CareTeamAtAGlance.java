package org.openepr.caserecord.application.careteam;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's current care team for the case record summary: lead professionals first, then by role and service.
 * One query (the patient's memberships, bounded by the repository), at most {@link #SHOWN} shown.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK})
public class CareTeamAtAGlance {

    public static final int SHOWN = 20;

    private static final Comparator<CareTeamMember> LEAD_FIRST = Comparator.comparing((CareTeamMember m) -> !m.lead())
            .thenComparing(CareTeamMember::role).thenComparing(CareTeamMember::service).thenComparing(CareTeamMember::startDate);

    @Inject
    CareTeamRepository teams;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Current members (leads first), whether there are more, and when they were read. */
    public record Listed(List<CareTeamMember> members, boolean more, Instant asOf) implements Snapshot {
    }

    public Listed of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        LocalDate today = LocalDate.ofInstant(asOf, UkDates.UK);
        List<CareTeamMember> current = teams.teamOf(patientId).currentOn(today).stream().sorted(LEAD_FIRST).toList();
        boolean more = current.size() > SHOWN;
        List<CareTeamMember> shown = more ? current.subList(0, SHOWN) : current;
        audit.record(CareTeamAudit.CARE_TEAM_VIEWED, null, patientId, "case record summary: " + shown.size() + " current member(s)" + (more ? " and more" : ""));
        return new Listed(List.copyOf(shown), more, asOf);
    }
}
