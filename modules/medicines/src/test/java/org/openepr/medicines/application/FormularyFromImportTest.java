package org.openepr.medicines.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.application.FormularyFromImport.ImportedEntry;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

/** Formulary entries from an export: written as they stood, the trust's own entry standing, bad ones refused by name. */
class FormularyFromImportTest {

    static final Instant AT = Instant.parse("2026-11-02T14:05:09.321Z");

    final InMemory formulary = new InMemory();
    final FormularyFromImport imports = new FormularyFromImport();

    FormularyFromImportTest() {
        imports.formulary = formulary;
    }

    @Test
    void entriesComeBackWithWhoChangedThemAndWhen() {
        int written = imports.add(List.of(new ImportedEntry("LVMP0001", false, "Consultant to start", new BigDecimal("100"), "pharm.lead", AT),
                new ImportedEntry("LVMP0003", true, null, null, "pharm.deputy", AT)));

        assertEquals(2, written);
        FormularyEntry restricted = formulary.entry("LVMP0001").orElseThrow();
        assertTrue(restricted.isListed());
        assertEquals(Optional.of("Consultant to start"), restricted.restriction());
        assertEquals(Optional.of(new BigDecimal("100")), restricted.localMaximum());
        assertEquals("pharm.lead", restricted.changedBy());
        assertEquals(AT, restricted.changedAt());
        FormularyEntry withdrawn = formulary.entry("LVMP0003").orElseThrow();
        assertFalse(withdrawn.isListed());
        assertEquals("pharm.deputy", withdrawn.changedBy());
        assertEquals(AT, withdrawn.changedAt());
    }

    @Test
    void theTrustsOwnEntryForTheProductStands() {
        formulary.add(new FormularyEntry("LVMP0001", null, null, "own.admin", AT.minusSeconds(3600)));

        int written = imports.add(List.of(new ImportedEntry("LVMP0001", true, "From the archive", null, "pharm.lead", AT)));

        assertEquals(0, written);
        FormularyEntry own = formulary.entry("LVMP0001").orElseThrow();
        assertTrue(own.isListed());
        assertEquals(Optional.empty(), own.restriction());
        assertEquals("own.admin", own.changedBy());
    }

    @Test
    void aProductTheKnowledgeBaseDoesNotKnowIsKept() {
        // the use case does not consult the instance's knowledge base: a well-formed id of another release is kept
        assertEquals(1, imports.add(List.of(new ImportedEntry("LVMP9999", false, null, null, "pharm.lead", AT))));
        assertTrue(formulary.entry("LVMP9999").isPresent());
    }

    @Test
    void anEntryNoFormularyPageCouldMakeIsRefusedNamingTheProductAndNothingIsWritten() {
        refused(new ImportedEntry("paracetamol", false, null, null, "pharm.lead", AT), "productId", "Formulary entry for paracetamol: not a medicine id");
        refused(new ImportedEntry("LVMP0001", false, null, BigDecimal.ZERO, "pharm.lead", AT), "localMaximum",
                "Formulary entry for LVMP0001: local maximum must be more than 0");
        refused(new ImportedEntry("LVMP0001", false, null, null, null, AT), "changedBy",
                "Formulary entry for LVMP0001: who changed it last and when are required");
        assertTrue(formulary.entries.isEmpty());
    }

    private void refused(ImportedEntry bad, String field, String message) {
        var e = assertThrows(InvalidInputException.class,
                () -> imports.add(List.of(new ImportedEntry("LVMP0002", false, null, null, "pharm.lead", AT), bad)));
        assertEquals(List.of(new FieldProblem(field, message)), e.problems());
    }

    static class InMemory implements Formulary {
        final TreeMap<String, FormularyEntry> entries = new TreeMap<>();

        public List<FormularyEntry> entries() {
            return entries.values().stream().filter(FormularyEntry::isListed).toList();
        }

        public Optional<FormularyEntry> entry(String productId) {
            return Optional.ofNullable(entries.get(productId));
        }

        public boolean isEmpty() {
            return entries().isEmpty();
        }

        public void add(FormularyEntry entry) {
            entries.put(entry.productId(), entry);
        }

        public List<FormularyEntry> after(String productId, int size) {
            return (productId == null ? entries : entries.tailMap(productId, false)).values().stream().limit(size).toList();
        }

        public long count() {
            return entries.size();
        }
    }
}
