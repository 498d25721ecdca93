package org.openepr.caserecord.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.application.export.CaseRecordForExport;
import org.openepr.caserecord.application.notes.NotesForExport;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.interfaces.fhir.notes.NoteFhirMapper;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;

/**
 * The case record's part of the whole-trust export: Condition, Flag (risk alerts), Observation, CareTeam and
 * DocumentReference (each note as its current version), as the API serves them, Basic (each Mental Health Act legal
 * status, {@link LegalStatusFhir}: the API serves none), and the trust's note types as one CodeSystem ({@link NoteTypeFhir}), with the record's history an import needs to make the same
 * record again ({@link RecordHistory}).
 */
@ApplicationScoped
public class CaseRecordExportPart implements ExportPart {

    @Inject
    CaseRecordForExport records;

    @Inject
    NotesForExport notes;

    @Inject
    ClinicalFactsFhirMapper facts;

    @Inject
    NoteFhirMapper noteMapper;

    @Inject
    StaffDirectory staff;

    @Override
    public String module() {
        return CaseRecordModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Condition", "Flag", "Observation", "CareTeam", "DocumentReference", "Basic", "CodeSystem");
    }

    @Override
    public long count(String resourceType) {
        return "DocumentReference".equals(resourceType) ? notes.count() : records.count(resourceType);
    }

    /**
     * The note types (CodeSystem) are the trust's configuration, not its records: a trust holding only them (the
     * defaults, made when someone first opened the notes) is still empty for an import, which merges into them.
     */
    @Override
    public boolean holdsRecords(String resourceType) {
        return !"CodeSystem".equals(resourceType);
    }

    /** The trust's list of note types, one resource (none while the trust has no types). */
    private List<Exported> noteTypes() {
        List<NoteType> types = records.noteTypes();
        return types.isEmpty() ? List.of() : List.of(new Exported(NoteTypeFhir.ID, NoteTypeFhir.toFhir(types)));
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return switch (resourceType) {
            case "Condition" -> records.problemsAfter(afterKey, size).stream()
                    .map(p -> new Exported(p.id().toString(), RecordHistory.with(facts.condition(p), p))).toList();
            case "Flag" -> {
                LocalDate today = records.today();
                yield records.risksAfter(afterKey, size).stream()
                        .map(a -> new Exported(a.id().toString(), RecordHistory.with(facts.flag(a, today), a))).toList();
            }
            case "Observation" -> records.observationsAfter(afterKey, size).stream()
                    .map(o -> new Exported(o.id().toString(), RecordHistory.with(VitalSignsFhir.toFhir(o), o))).toList();
            case "CareTeam" -> {
                Map<String, StaffMember> names = staff.all();
                yield records.careTeamsAfter(afterKey, size).stream().map(t -> {
                    List<CareTeamMember> members = members(t);
                    return new Exported(t.first().id().toString(), RecordHistory.with(CareTeamResource.team(t.team(), members, names), members));
                }).toList();
            }
            case "Basic" -> records.legalStatusesAfter(afterKey, size).stream()
                    .map(s -> new Exported(s.id().toString(), LegalStatusFhir.toFhir(s))).toList();
            case "CodeSystem" -> afterKey != null ? List.of() : noteTypes();
            default -> notes.after(afterKey, size).stream()
                    .map(n -> new Exported(n.id().toString(), RecordHistory.with(noteMapper.current(n), n))).toList();
        };
    }

    /** The memberships of the first one's team: same service. */
    private static List<CareTeamMember> members(CaseRecordForExport.TeamInExport t) {
        return t.team().team().members().stream().filter(m -> m.serviceKey().equals(t.first().serviceKey())).toList();
    }
}
