package org.openepr.platform.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;

class SearchParamsTest {

    static void refused(String parameter, Runnable parse) {
        var e = assertThrows(InvalidInputException.class, parse::run);
        assertEquals(parameter, e.problems().get(0).field(), e.getMessage());
    }

    @Test
    void dates_takePrefixesAndPartialDates() {
        var range = SearchParams.dates("start", List.of("ge2026-12-01", "le2026-12-14"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), range.from());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 14)), range.to());
        var month = SearchParams.dates("start", List.of("2026-02"));
        assertEquals(LocalDate.of(2026, 2, 1), month.from().orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 28), month.to().orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 2), SearchParams.dates("start", List.of("gt2026-12-01")).from().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 30), SearchParams.dates("start", List.of("lt2026-12-01")).to().orElseThrow());
        assertTrue(SearchParams.dates("start", List.of()).isEmpty());
    }

    @Test
    void dates_refuseEverythingThatIsNotOne() {
        for (String bad : List.of("x", "2026-13-45", "2026-02-30", "ge", "zz2026-01-01", "le2026-99", "2026-1-1", "ge2026-12-14 le2026-12-01", "\u0000")) {
            refused("start", () -> SearchParams.dates("start", List.of(bad)));
        }
        refused("start", () -> SearchParams.dates("start", List.of("ge2026-12-14", "le2026-12-01")));
        refused("date", () -> SearchParams.date("date", "ge2026-12-01"));
    }

    @Test
    void tokens_checkTheSystemAndNeedACode() {
        assertEquals(Optional.of("9990000018"), SearchParams.token("identifier", "https://fhir.nhs.uk/Id/nhs-number|9990000018", "https://fhir.nhs.uk/Id/nhs-number"));
        assertEquals(Optional.of("9990000018"), SearchParams.token("identifier", "9990000018", "https://fhir.nhs.uk/Id/nhs-number"));
        refused("identifier", () -> SearchParams.token("identifier", "http://example.org|1", "https://fhir.nhs.uk/Id/nhs-number"));
        refused("identifier", () -> SearchParams.token("identifier", "|", null));
        refused("identifier", () -> SearchParams.token("identifier", "a|b|c", null));
        refused("appointment-type", () -> SearchParams.code("appointment-type", "banana", null, Map.of("ROUTINE", 1)));
        assertEquals(Optional.of(1), SearchParams.code("appointment-type", "routine", null, Map.of("ROUTINE", 1)));
    }

    @Test
    void references_areOurIdsOfTheRightType() {
        UUID id = UUID.randomUUID();
        assertEquals(Optional.of(id), SearchParams.reference("patient", "Patient/" + id, "Patient"));
        assertEquals(Optional.of(id), SearchParams.reference("patient", "https://x.nhs.uk/fhir/Patient/" + id, "Patient"));
        assertEquals(Optional.of(id), SearchParams.reference("patient", id.toString(), "Patient"));
        for (String bad : List.of("x", "Patient/", "Slot/" + id, "a/b/c", "Patient/" + id + "x")) {
            refused("patient", () -> SearchParams.reference("patient", bad, "Patient"));
        }
    }

    @Test
    void paging_staysInBounds() {
        assertEquals(new SearchParams.Paging(20, 0), SearchParams.paging(null, null));
        assertEquals(new SearchParams.Paging(10, 20), SearchParams.paging("10", "25"));
        for (String bad : List.of("0", "-1", "101", "abc", "1.5")) {
            refused("_count", () -> SearchParams.paging(bad, null));
        }
        refused("_offset", () -> SearchParams.paging(null, "-5"));
    }

    @Test
    void plainValues_refuseControlCharactersAndLength() {
        refused("family", () -> SearchParams.plain("family", "Sm\u0000ith"));
        refused("family", () -> SearchParams.plain("family", "x".repeat(SearchParams.MAX_LENGTH + 1)));
        refused("family", () -> SearchParams.text("family", "<b>", 100));
    }

    @Test
    void ids_thatAreNotOursAreNotFound() {
        assertThrows(RecordNotFoundException.class, () -> SearchParams.id("Slot", "x"));
        assertThrows(RecordNotFoundException.class, () -> SearchParams.id("Slot", null));
    }

    @Test
    void ifNoneExist_acceptsOnlyAnIdentifierOfTheSystem() {
        String nhs = "https://fhir.nhs.uk/Id/nhs-number";
        assertEquals(Optional.of("9990000018"), ConditionalCreate.parse("identifier=" + nhs + "|9990000018", nhs));
        assertEquals(Optional.of("9990000018"), ConditionalCreate.parse("identifier=" + nhs + "%7C9990000018", nhs));
        assertEquals(Optional.empty(), ConditionalCreate.parse(null, nhs));
        for (String bad : List.of("garbage", "identifier=", "identifier=%ZZ", "identifier=" + nhs + "|", "family=Smith", "identifier=http://x|1")) {
            refused(ConditionalCreate.HEADER, () -> ConditionalCreate.parse(bad, nhs));
        }
    }
}
