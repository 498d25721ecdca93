package org.openepr.medicines.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.time.Instant;
import org.hl7.fhir.r4.model.MedicationKnowledge;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.application.FormularyFromImport.ImportedEntry;
import org.openepr.medicines.domain.formulary.FormularyEntry;

/** A formulary entry through the export's MedicationKnowledge (as JSON) and back, as the import reads it. */
class FormularyKnowledgeTest {

    static final FhirContext FHIR = FhirContext.forR4();
    static final Instant AT = Instant.parse("2026-11-02T14:05:09.321Z");

    @Test
    void aRestrictedEntryWithALocalMaximumComesBack() {
        FormularyEntry e = new FormularyEntry("LVMP0001", "Consultant psychiatrist to start", new BigDecimal("100.000"), "pharm.lead", AT);
        MedicationKnowledge k = FormularyKnowledge.of(e);
        assertEquals("LVMP0001", k.getIdElement().getIdPart());
        assertEquals(MedicationKnowledge.MedicationKnowledgeStatus.ACTIVE, k.getStatus());

        ImportedEntry back = FormularyKnowledge.entry(throughJson(k));

        assertEquals(new ImportedEntry("LVMP0001", false, "Consultant psychiatrist to start", new BigDecimal("100.000"), "pharm.lead", AT), back);
    }

    @Test
    void aWithdrawnEntryIsInactiveAndComesBackWithdrawn() {
        FormularyEntry e = new FormularyEntry("LVMP0003", null, null, "pharm.lead", AT.minusSeconds(60));
        e.withdraw("pharm.deputy", AT);
        MedicationKnowledge k = FormularyKnowledge.of(e);
        assertEquals(MedicationKnowledge.MedicationKnowledgeStatus.INACTIVE, k.getStatus());

        ImportedEntry back = FormularyKnowledge.entry(throughJson(k));

        assertTrue(back.withdrawn());
        assertNull(back.restriction());
        assertNull(back.localMaximum());
        assertEquals("pharm.deputy", back.changedBy());
        assertEquals(AT, back.changedAt());
    }

    @Test
    void aResourceThatIsNoFormularyEntryIsRefusedNamingIt() {
        MedicationKnowledge k = FormularyKnowledge.of(new FormularyEntry("LVMP0002", null, null, "pharm.lead", AT));
        k.getExtension().clear();
        var e = assertThrows(IllegalArgumentException.class, () -> FormularyKnowledge.entry(k));
        assertTrue(e.getMessage().startsWith("MedicationKnowledge/LVMP0002 (LVMP0002) is not a formulary entry"), e.getMessage());

        MedicationKnowledge other = FormularyKnowledge.of(new FormularyEntry("LVMP0002", null, null, "pharm.lead", AT));
        other.setStatus(MedicationKnowledge.MedicationKnowledgeStatus.ENTEREDINERROR);
        var status = assertThrows(IllegalArgumentException.class, () -> FormularyKnowledge.entry(other));
        assertFalse(status.getMessage().isBlank());
        assertTrue(status.getMessage().contains("status must be active or inactive"), status.getMessage());
    }

    private static MedicationKnowledge throughJson(MedicationKnowledge k) {
        return FHIR.newJsonParser().parseResource(MedicationKnowledge.class, FHIR.newJsonParser().encodeResourceToString(k));
    }
}
