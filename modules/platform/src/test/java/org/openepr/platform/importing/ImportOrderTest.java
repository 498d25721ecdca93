package org.openepr.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportOrderTest {

    private record Part(String module, List<String> resourceTypes, Set<String> needsFirst) implements ImportPart {
        @Override
        public int load(String resourceType, List<String> lines, IdMap ids) {
            return 0;
        }
    }

    private static final Part PATIENTS = new Part("patient-index", List.of("Patient"), Set.of());
    private static final Part CLINICS = new Part("clinics", List.of("Schedule", "Slot", "Appointment"), Set.of("Patient"));
    private static final Part DISCHARGE = new Part("discharge", List.of("EpisodeOfCare", "Encounter"), Set.of("Patient", "Condition"));
    private static final Part CASERECORD = new Part("caserecord", List.of("Condition"), Set.of("Patient", "Schedule"));

    @Test
    void loadsEachPartAfterThePartsWhoseTypesItNeeds() {
        List<String> order = ImportOrder.of(List.of(DISCHARGE, CASERECORD, CLINICS, PATIENTS)).stream().map(ImportPart::module).toList();
        assertEquals(List.of("patient-index", "clinics", "caserecord", "discharge"), order);
    }

    @Test
    void refusesANeedNobodyProvidesAndACycle() {
        assertTrue(assertThrows(IllegalStateException.class, () -> ImportOrder.of(List.of(CLINICS)))
                .getMessage().contains("clinics needs Patient first, which no import part reads"));
        Part a = new Part("a", List.of("A"), Set.of("B"));
        Part b = new Part("b", List.of("B"), Set.of("A"));
        assertTrue(assertThrows(IllegalStateException.class, () -> ImportOrder.of(List.of(a, b))).getMessage().contains("each other"));
    }

    @Test
    void mapsReferencesToTheNewIdsAndRefusesOnesItCannot() {
        IdMap ids = new IdMap();
        ids.put("Patient", "12", "40");
        ids.put("Composition", "3", "9");
        assertEquals("Patient/40", ids.reference("Patient/12"));
        assertEquals("Composition/9", ids.reference("Composition/3/_history/2"));
        assertThrows(IllegalStateException.class, () -> ids.reference("Patient/13"));
        assertThrows(IllegalStateException.class, () -> ids.put("Patient", "12", "41"));
    }
}
