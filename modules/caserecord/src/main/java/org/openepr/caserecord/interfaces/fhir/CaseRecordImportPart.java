package org.openepr.caserecord.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Resource;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.application.importing.CaseRecordFromImport;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.ExportedType;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.NoteWithVersions;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;

/**
 * The case record's part of an import: each type its export wrote ({@link CaseRecordExportPart}), read back with
 * {@link CaseRecordFromFhir} and written through {@link CaseRecordFromImport}, patients found through the job's id
 * map. New ids, with two kinds chosen so that what the export derives from them comes out the same: a vital sign's id
 * is derived from its new patient and old id, so a BMI may name a weight that a later batch loads (ids in the export
 * are in no clinical order); a care team's memberships get ids in the order the team lists them, so the team lists
 * them in that order again.
 */
@ApplicationScoped
public class CaseRecordImportPart implements ImportPart {

    static final String NOTE_TYPE = "NoteType";
    static final String OBSERVATION_SET = "ObservationSet";

    @Inject
    CaseRecordFromImport records;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return CaseRecordModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        // the note types (CodeSystem) before the notes, so a note finds its type as the trust had it; the other order
        // works too (a type made for a note is placed when the list comes)
        return List.of("Condition", "Flag", "Observation", "CareTeam", "Basic", "CodeSystem", "DocumentReference");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient");
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        CaseRecordFromFhir read = new CaseRecordFromFhir(ref -> patient(ids, ref));
        switch (resourceType) {
            case "Condition" -> {
                List<Problem> made = new ArrayList<>();
                for (Condition c : parse(Condition.class, lines)) {
                    made.add(read.problem(mapped(ids, c), c));
                }
                records.problems(made);
            }
            case "Flag" -> {
                List<RiskAlert> made = new ArrayList<>();
                for (Flag f : parse(Flag.class, lines)) {
                    made.add(read.risk(mapped(ids, f), f));
                }
                records.risks(made);
            }
            case "Observation" -> records.observations(parse(org.hl7.fhir.r4.model.Observation.class, lines).stream()
                    .map(o -> observation(ids, o)).toList());
            case "CareTeam" -> {
                List<CareTeamMember> made = new ArrayList<>();
                for (CareTeam t : parse(CareTeam.class, lines)) {
                    List<CareTeamMember> members = read.careTeam(t, inOrder(t.getParticipant().size()));
                    // the team's id is its first membership's: mapped with the memberships (the trail names each)
                    List<String> old = CaseRecordFromFhir.membershipIds(t);
                    for (int i = 0; i < members.size(); i++) {
                        ids.put("CareTeam", old.get(i), members.get(i).id().toString());
                    }
                    made.addAll(members);
                }
                records.careTeam(made);
            }
            case "DocumentReference" -> {
                List<DocumentReference> notes = parse(DocumentReference.class, lines);
                List<CaseRecordFromImport.NamedType> named = notes.stream().map(CaseRecordFromFhir::typeOf).toList();
                Map<UUID, UUID> types = records.noteTypes(named, known(ids, named.stream().map(CaseRecordFromImport.NamedType::id)));
                types.forEach((old, here) -> ids.put(NOTE_TYPE, old.toString(), here.toString()));
                List<NoteWithVersions> made = new ArrayList<>();
                for (DocumentReference d : notes) {
                    made.add(read.note(mapped(ids, d), d, types.get(CaseRecordFromFhir.typeOf(d).id())));
                }
                records.notes(made);
            }
            case "Basic" -> {
                List<LegalStatus> made = new ArrayList<>();
                for (Basic b : parse(Basic.class, lines)) {
                    UUID id = mapped(ids, b);
                    ids.put("LegalStatus", b.getIdElement().getIdPart(), id.toString()); // as the trail names it
                    made.add(LegalStatusFhir.from(id, b, patient(ids, b.getSubject().getReference())));
                }
                records.legalStatuses(made);
            }
            case "CodeSystem" -> {
                for (CodeSystem list : parse(CodeSystem.class, lines)) {
                    List<ExportedType> types = NoteTypeFhir.from(list);
                    records.noteTypesAsExported(types, known(ids, types.stream().map(ExportedType::id)))
                            .forEach((old, here) -> ids.put(NOTE_TYPE, old.toString(), here.toString()));
                }
            }
            default -> throw new IllegalArgumentException("The case record does not import " + resourceType);
        }
        return lines.size();
    }

    /** The note types of these old ids the id map already has (old id → id here). */
    private static Map<UUID, UUID> known(IdMap ids, Stream<UUID> olds) {
        Map<UUID, UUID> known = new HashMap<>();
        olds.forEach(old -> ids.find(NOTE_TYPE, old.toString()).ifPresent(here -> known.put(old, UUID.fromString(here))));
        return known;
    }

    private Observation observation(IdMap ids, org.hl7.fhir.r4.model.Observation r) {
        UUID patient = patient(ids, r.getSubject().getReference());
        String oldSet = CaseRecordFromFhir.setOf(r);
        if (oldSet == null) {
            throw new IllegalArgumentException("Observation/" + r.getIdElement().getIdPart() + " cannot be imported: no "
                    + RecordHistory.OBSERVATION_SET);
        }
        // the trail names a recorded set as Observation/<set id>: mapped as one, so its lines follow
        UUID set = derived(patient, OBSERVATION_SET, oldSet);
        ids.put("Observation", oldSet, set.toString());
        UUID id = derived(patient, "Observation", r.getIdElement().getIdPart());
        ids.put("Observation", r.getIdElement().getIdPart(), id.toString());
        Function<String, UUID> refs = ref -> ref.startsWith("Observation/")
                ? derived(patient, "Observation", ref.substring("Observation/".length())) : patient(ids, ref);
        return new CaseRecordFromFhir(refs).observation(id, r, set);
    }

    /** The same new id for the same patient and old id, whichever batch (or restart) meets it first. */
    static UUID derived(UUID newPatient, String type, String oldId) {
        return UUID.nameUUIDFromBytes((newPatient + "/" + type + "/" + oldId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * New ids that sort as listed, in the database (bytes) and in Java (signed halves) alike: one random upper half,
     * the lower half's last two bytes counting up.
     */
    static List<UUID> inOrder(int count) {
        if (count > 0xFFFF) {
            throw new IllegalArgumentException("A care team of " + count + " memberships");
        }
        UUID base = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(base.getMostSignificantBits(), (base.getLeastSignificantBits() & ~0xFFFFL) | (i + 1)));
        }
        return ids;
    }

    private static UUID mapped(IdMap ids, Resource r) {
        UUID id = UUID.randomUUID();
        ids.put(r.fhirType(), r.getIdElement().getIdPart(), id.toString());
        return id;
    }

    private static UUID patient(IdMap ids, String reference) {
        if (reference == null || !reference.startsWith("Patient/")) {
            throw new IllegalArgumentException("Not a patient: " + reference);
        }
        return UUID.fromString(ids.reference(reference).substring("Patient/".length()));
    }

    private <T extends Resource> List<T> parse(Class<T> type, List<String> lines) {
        var parser = fhir.json();
        return lines.stream().map(l -> parser.parseResource(type, l)).toList();
    }
}
