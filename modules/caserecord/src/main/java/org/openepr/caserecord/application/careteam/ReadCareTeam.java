package org.openepr.caserecord.application.careteam;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.patients.api.PatientSummary;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/** Who looks after the patient: every service's lead professional and team, current and past. Read by all staff who book or treat. */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK})
public class ReadCareTeam {

    @Inject
    CareTeamRepository teams;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The team and the day it is seen on (what "current" means). */
    public record TeamView(PatientSummary patient, CareTeam team, LocalDate today) {
        public java.util.List<org.openepr.caserecord.domain.careteam.CareTeamMember> current() {
            return team.currentOn(today);
        }

        public java.util.List<org.openepr.caserecord.domain.careteam.CareTeamMember> notCurrent() {
            return team.pastOrFuture(today);
        }
    }

    /** The team a membership belongs to (the API reads a CareTeam by its first membership's id). */
    public TeamView ofMember(UUID memberId) {
        CareTeamMember m = teams.find(memberId).orElseThrow(() -> new RecordNotFoundException("care team"));
        return of(m.patientId());
    }

    public TeamView of(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        CareTeam team = teams.teamOf(patientId);
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        audit.record(CareTeamAudit.CARE_TEAM_VIEWED, null, patientId, team.currentOn(today).size() + " current members");
        return new TeamView(patient, team, today);
    }
}
