package org.openepr.caserecord.application.export;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.application.careteam.ReadCareTeam.TeamView;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * Problems, risk alerts, legal statuses, note types, observations and care teams in key order, for the whole-trust export (the
 * background worker only). A care team (one per patient and service, as the API serves it) is keyed by its first
 * membership, the id the API gives it, so each team is read once, with all its members.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = Roles.BACKGROUND)
public class CaseRecordForExport {

    /** A membership that opened its team: no earlier one (by time added, then id) for the same patient and service. */
    static final String FIRST_OF_TEAM = "not exists (select o from CareTeamMember o where o.patientId = e.patientId"
            + " and o.serviceKey = e.serviceKey and (o.addedAt < e.addedAt or (o.addedAt = e.addedAt and o.id < e.id)))";

    /** A care team and the membership that keys it. */
    public record TeamInExport(CareTeamMember first, TeamView team) {
    }

    @Inject
    RecordPages pages;

    @Inject
    CareTeamRepository careTeams;

    @Inject
    NoteTypeRepository noteTypes;

    @Inject
    PatientDirectory patients;

    @Inject
    Clock clock;

    public List<Problem> problemsAfter(String key, int size) {
        return pages.after(Problem.class, key, size);
    }

    public List<RiskAlert> risksAfter(String key, int size) {
        return pages.after(RiskAlert.class, key, size);
    }

    public List<Observation> observationsAfter(String key, int size) {
        return pages.after(Observation.class, key, size);
    }

    public List<LegalStatus> legalStatusesAfter(String key, int size) {
        return pages.after(LegalStatus.class, key, size);
    }

    /** Every note type of the trust, retired ones and those no note uses too, in the trust's order. */
    public List<NoteType> noteTypes() {
        return noteTypes.all();
    }

    public List<TeamInExport> careTeamsAfter(String key, int size) {
        LocalDate today = today();
        return pages.after(CareTeamMember.class, FIRST_OF_TEAM, key, size).stream()
                .map(first -> new TeamInExport(first, new TeamView(patients.find(first.patientId()).orElse(null),
                        careTeams.teamOf(first.patientId()), today)))
                .toList();
    }

    public long count(String resourceType) {
        return switch (resourceType) {
            case "Condition" -> pages.count(Problem.class);
            case "Flag" -> pages.count(RiskAlert.class);
            case "Observation" -> pages.count(Observation.class);
            case "Basic" -> pages.count(LegalStatus.class);
            case "CodeSystem" -> pages.count(NoteType.class) > 0 ? 1 : 0;
            default -> pages.count(CareTeamMember.class, FIRST_OF_TEAM);
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }
}
