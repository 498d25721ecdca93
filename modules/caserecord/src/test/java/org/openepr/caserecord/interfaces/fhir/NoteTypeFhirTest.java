package org.openepr.caserecord.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.openepr.caserecord.application.importing.CaseRecordFromImport.ExportedType;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.interfaces.fhir.notes.NoteFhirMapper;

class NoteTypeFhirTest {

    static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void theTrustsListOfTypesComesBackWhole_positionsAndRetirementToo() {
        NoteType used = NoteType.imported(UUID.randomUUID(), "Progress note", 0);
        NoteType unused = NoteType.imported(UUID.randomUUID(), "Crisis plan, \"urgent\"", 7);
        NoteType retired = NoteType.imported(UUID.randomUUID(), "Referral letter (old form)", 3, true);
        String json = FHIR.newJsonParser().encodeResourceToString(NoteTypeFhir.toFhir(List.of(used, unused, retired)));

        CodeSystem back = FHIR.newJsonParser().parseResource(CodeSystem.class, json);
        assertEquals(NoteFhirMapper.NOTE_TYPES, back.getUrl(), "the system the notes' type codings name");
        assertEquals(List.of(new ExportedType(used.id(), "Progress note", 0, false),
                new ExportedType(unused.id(), "Crisis plan, \"urgent\"", 7, false),
                new ExportedType(retired.id(), "Referral letter (old form)", 3, true)), NoteTypeFhir.from(back));
    }

    @Test
    void aListThatIsNotOursOrATypeWithoutItsOrderIsRefused() {
        CodeSystem other = NoteTypeFhir.toFhir(List.of());
        other.setUrl("http://snomed.info/sct");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NoteTypeFhir.from(other)).getMessage().contains("not our note types"));

        CodeSystem noOrder = NoteTypeFhir.toFhir(List.of(NoteType.imported(UUID.randomUUID(), "Letter", 2)));
        noOrder.getConceptFirstRep().getProperty().removeIf(p -> p.getCode().equals("order"));
        String message = assertThrows(IllegalArgumentException.class, () -> NoteTypeFhir.from(noOrder)).getMessage();
        assertTrue(message.contains(noOrder.getConceptFirstRep().getCode()) && message.contains("order"), message);
    }
}
