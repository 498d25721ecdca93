package org.openepr.caserecord.interfaces.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.ExportedType;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.interfaces.fhir.notes.NoteFhirMapper;

/**
 * The trust's note types as the code system its notes' {@code type.coding} draws from ({@link NoteFhirMapper#NOTE_TYPES}:
 * code the type's id, display its name), for the whole-trust export and its import only: every type, those no note
 * uses and retired ones too, each with its place in the trust's order ({@code order}) and its {@code status} (active or
 * retired, FHIR's concept property). One resource for the trust's list: configuration, not a record.
 */
public final class NoteTypeFhir {

    /** The resource's id: one list per trust. */
    public static final String ID = "note-types";
    static final String ORDER = "order";
    static final String STATUS = "status";
    static final String RETIRED = "retired";

    private NoteTypeFhir() {
    }

    public static CodeSystem toFhir(List<NoteType> types) {
        CodeSystem cs = new CodeSystem();
        cs.setId(ID);
        cs.setUrl(NoteFhirMapper.NOTE_TYPES);
        cs.setName("NoteTypes");
        cs.setTitle("The trust's note types");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        cs.setCaseSensitive(true);
        cs.setCount(types.size());
        cs.addProperty().setCode(ORDER).setType(CodeSystem.PropertyType.INTEGER).setDescription("The type's place in the trust's list");
        cs.addProperty().setCode(STATUS).setUri("http://hl7.org/fhir/concept-properties#status")
                .setType(CodeSystem.PropertyType.CODE).setDescription("active, or retired (no new notes of the type)");
        for (NoteType t : types) {
            ConceptDefinitionComponent c = cs.addConcept().setCode(t.id().toString()).setDisplay(t.name());
            c.addProperty().setCode(ORDER).setValue(new IntegerType(t.position()));
            c.addProperty().setCode(STATUS).setValue(new CodeType(t.isRetired() ? RETIRED : "active"));
        }
        return cs;
    }

    /** The types the list holds, under the export's ids; refused, naming the concept, when one is not whole. */
    public static List<ExportedType> from(CodeSystem cs) {
        if (!NoteFhirMapper.NOTE_TYPES.equals(cs.getUrl())) {
            throw new IllegalArgumentException("CodeSystem/" + cs.getIdElement().getIdPart() + " cannot be imported: not our note types ("
                    + cs.getUrl() + ")");
        }
        List<ExportedType> types = new ArrayList<>();
        for (ConceptDefinitionComponent c : cs.getConcept()) {
            Integer order = null;
            String status = null;
            for (ConceptPropertyComponent p : c.getProperty()) {
                if (ORDER.equals(p.getCode()) && p.getValue() instanceof IntegerType i) {
                    order = i.getValue();
                } else if (STATUS.equals(p.getCode()) && p.getValue() instanceof CodeType s) {
                    status = s.getValue();
                }
            }
            if (c.getDisplay() == null || c.getDisplay().isBlank() || order == null
                    || !(RETIRED.equals(status) || "active".equals(status))) {
                throw new IllegalArgumentException("CodeSystem/" + cs.getIdElement().getIdPart() + " cannot be imported: note type "
                        + c.getCode() + " needs its name, order and status");
            }
            types.add(new ExportedType(UUID.fromString(c.getCode()), c.getDisplay(), order, RETIRED.equals(status)));
        }
        return types;
    }
}
