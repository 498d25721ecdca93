package org.openepr.medicines.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge base shipped with the module: large enough, whole, and it knows the interactions that matter most. */
class ShippedKnowledgeBaseTest {

    static final KnowledgeBase KB = KnowledgeBaseFiles.shipped();

    static Substance named(String name) {
        return KB.substances().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void itIsLargeEnoughAndEveryReferenceResolves() {
        assertTrue(KB.products().size() >= 150, "products: " + KB.products().size());
        assertTrue(KB.interactions().size() >= 60, "interactions: " + KB.interactions().size());
        assertTrue(KB.allergyGroups().size() >= 8);
        assertEquals(List.of(), KB.problems());
        assertFalse(KB.version().version().isBlank());
    }

    @Test
    void itUsesOnlyLocalIdsNeverInventedDmdCodes() {
        assertTrue(KB.products().stream().allMatch(p -> p.id().isLocal()));
        assertTrue(KB.substances().stream().allMatch(s -> s.id().isLocal()));
    }

    @Test
    void itKnowsTheClassicInteractions() {
        Severity lithiumNsaid = KB.interactionsBetween(named("Lithium carbonate"), named("Ibuprofen")).get(0).severity();
        assertTrue(lithiumNsaid.compareTo(Severity.SERIOUS) <= 0, "lithium with an NSAID is at least serious, was " + lithiumNsaid);
        assertEquals(Severity.CONTRAINDICATED, KB.interactionsBetween(named("Phenelzine"), named("Sertraline")).get(0).severity());
        assertFalse(KB.interactionsBetween(named("Clozapine"), named("Carbamazepine")).isEmpty());
        assertFalse(KB.interactionsBetween(named("Methotrexate"), named("Trimethoprim")).isEmpty());
        assertTrue(named("Clozapine").highRisk() && named("Lithium carbonate").narrowTherapeuticIndex());
    }

    @Test
    void aReleaseThatDoesNotHoldTogetherIsRefused() {
        var files = new HashMap<>(KnowledgeBaseFiles.shippedText());
        files.put("products.csv", files.get("products.csv") + "LVMP9998,,LVTM9998,Nonexistium 5mg tablets,5,mg,tablet,26643006,oral,mg,,,\n");
        var e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBaseFiles.fromText(files));
        assertTrue(e.getMessage().contains("LVMP9998 names unknown substance LVTM9998"), e.getMessage());
    }
}
