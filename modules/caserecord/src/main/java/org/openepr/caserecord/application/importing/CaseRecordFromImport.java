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

    /** A note type as the export's list of types holds it: its id there, name, place in the order, retired or not. */
    public record ExportedType(UUID id, String name, int position, boolean retired) {
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
     * The type here for each type the notes name (old id → id here), those {@code known} (already in the id map) as
     * mapped: the trust's own type of that name (any case) if it has one, else the type made here under the export's id
     * and name, after the trust's own (placed as the export's list of types says when that list comes,
     * {@link #noteTypesAsExported}).
     */
    public Map<UUID, UUID> noteTypes(List<NamedType> named, Map<UUID, UUID> known) {
        List<NoteType> here = noteTypes.all();
        Map<String, UUID> byName = new HashMap<>();
        here.forEach(t -> byName.putIfAbsent(key(t.name()), t.id()));
        int position = here.stream().mapToInt(NoteType::position).max().orElse(-1);
        Map<UUID, UUID> ids = new HashMap<>();
        for (NamedType t : named) {
            if (ids.containsKey(t.id())) {
                continue;
            }
            UUID found = known.containsKey(t.id()) ? known.get(t.id()) : byName.get(key(t.name()));
            if (found == null) {
                noteTypes.add(NoteType.imported(t.id(), t.name(), ++position));
                noteTypes.flush(); // before its notes (no mapped relation orders the inserts)
                found = t.id();
                byName.put(key(t.name()), found);
            }
            ids.put(t.id(), found);
        }
        return ids;
    }

    /**
     * The export's list of types (every type, those no note uses and retired ones too; old id → id here), whether the
     * notes naming them came first or not, and again after a restart without making a type twice. A type already here
     * ({@code known} through the id map, else by name in any case): if the import made it (it has the export's id: a
     * note named it first, or this batch ran before), it takes the export's position and retirement; if it is the
     * trust's own (its admin set it up before the import), it stays as the trust has it — the trust's decision wins.
     * Any other is made under the export's id, name, position and retirement.
     */
    public Map<UUID, UUID> noteTypesAsExported(List<ExportedType> exported, Map<UUID, UUID> known) {
        Map<String, NoteType> byName = new HashMap<>();
        Map<UUID, NoteType> byId = new HashMap<>();
        noteTypes.all().forEach(t -> {
            byName.putIfAbsent(key(t.name()), t);
            byId.put(t.id(), t);
        });
        Map<UUID, UUID> ids = new HashMap<>();
        for (ExportedType t : exported) {
            UUID mapped = known.get(t.id());
            NoteType here = mapped != null ? byId.get(mapped) : byName.get(key(t.name()));
            if (here == null) {
                here = NoteType.imported(t.id(), t.name(), t.position(), t.retired());
                noteTypes.add(here);
                byName.put(key(t.name()), here);
                byId.put(here.id(), here);
            } else if (here.id().equals(t.id())) {
                here.placeAsExported(t.position(), t.retired());
            }
            ids.put(t.id(), here.id());
        }
        noteTypes.flush();
        return ids;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public void notes(List<NoteWithVersions> written) {
        for (NoteWithVersions n : written) {
            notes.add(n.note());
        }
        notes.flush(); // the notes' rows before their versions'
        written.forEach(n -> n.versions().forEach(notes::add));
    }
}
