package org.openepr.caserecord.application.importing;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.notes.NoteTypeRepository;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskAlertRepository;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Case record entries loaded from a whole-trust export into an empty trust (the background worker only), a batch in
 * the import's transaction: problems and diagnoses, alerts and risks, legal statuses, vital signs, care team memberships and notes
 * with their signed versions, each as it was (who, when, its state), under new ids. The database's rules still hold
 * (one primary diagnosis, one open lead per service, a validated note's versions). The import job's audit lines and
 * the source's own trail, imported with it, say where they came from, so no line is written per record here.
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = Roles.BACKGROUND)
public class CaseRecordFromImport {

    /** A note type as the export names it: its id there and its name. */
    public record NamedType(UUID id, String name) {
    }

    /** A note and its signed versions (none for a draft). */
    public record NoteWithVersions(ClinicalNote note, List<NoteVersion> versions) {
    }

    @Inject
    ProblemRepository problems;

    @Inject
    RiskAlertRepository risks;

    @Inject
    LegalStatusRepository legal;

    @Inject
    ObservationRepository observations;

    @Inject
    CareTeamRepository careTeams;

    @Inject
    NoteRepository notes;

    @Inject
    NoteTypeRepository noteTypes;

    public void problems(List<Problem> entries) {
        entries.forEach(problems::add);
    }

    public void risks(List<RiskAlert> alerts) {
        alerts.forEach(risks::add);
    }

    /** Statuses of one batch; a patient's current one (not ended) once at most, as the database holds. */
    public void legalStatuses(List<LegalStatus> statuses) {
        statuses.forEach(legal::add);
    }

    public void observations(List<Observation> values) {
        values.forEach(observations::add);
    }

    public void careTeam(List<CareTeamMember> members) {
        members.forEach(careTeams::add);
    }

    /**
     * The type here for each type the notes name (old id → id here): the trust's own type of that name (any case) if
     * it has one, else the type made here under the export's id and name, after the trust's own.
     */
    public Map<UUID, UUID> noteTypes(List<NamedType> named) {
        List<NoteType> here = noteTypes.all();
        Map<String, UUID> byName = new HashMap<>();
        here.forEach(t -> byName.putIfAbsent(t.name().toLowerCase(Locale.ROOT), t.id()));
        int position = here.stream().mapToInt(NoteType::position).max().orElse(-1);
        Map<UUID, UUID> ids = new HashMap<>();
        for (NamedType t : named) {
            if (ids.containsKey(t.id())) {
                continue;
            }
            UUID found = byName.get(t.name().toLowerCase(Locale.ROOT));
            if (found == null) {
                noteTypes.add(NoteType.imported(t.id(), t.name(), ++position));
                noteTypes.flush(); // before its notes (no mapped relation orders the inserts)
                found = t.id();
                byName.put(t.name().toLowerCase(Locale.ROOT), found);
            }
            ids.put(t.id(), found);
        }
        return ids;
    }

    public void notes(List<NoteWithVersions> written) {
        for (NoteWithVersions n : written) {
            notes.add(n.note());
        }
        notes.flush(); // the notes' rows before their versions'
        written.forEach(n -> n.versions().forEach(notes::add));
    }
}
