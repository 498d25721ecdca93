package org.openepr.medicines.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.UkCore;
import org.openepr.medicines.domain.formulary.FormularyEntry;

/** A formulary entry as the whole-trust export writes it (MedicationKnowledge) conforms, listed or withdrawn. */
class ExportedFormularyConformsTest {

    @Test
    void aFormularyEntryAsExportedConforms() {
        Instant at = Instant.parse("2027-03-03T10:15:30.123Z");
        FormularyEntry restricted = new FormularyEntry("LVMP0001", "Consultant psychiatrist to start", new BigDecimal("100.000"), "pharm.lead", at);
        FormularyEntry withdrawn = new FormularyEntry("LVMP0003", null, null, "pharm.lead", at);
        withdrawn.withdraw("pharm.lead", at.plusSeconds(60));
        for (FormularyEntry e : List.of(restricted, withdrawn)) {
            String json = Fhir.json(FormularyKnowledge.of(e));
            assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList(), json);
        }
    }
}
