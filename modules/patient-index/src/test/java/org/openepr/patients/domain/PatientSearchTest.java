package org.openepr.patients.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.InvalidInputException;

class PatientSearchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void byNhsNumberIn334Form() {
        var s = PatientSearch.parse("999 000 0018", null, null, 0, 20, TODAY);
        assertEquals("9990000018", s.nhsNumber().orElseThrow().value());
    }

    @Test
    void byFamilyPrefixUpperCasedWithOptionalBirthDate() {
        var s = PatientSearch.parse(" ", "smi", "01/02/1990", 2, 20, TODAY);
        assertEquals("SMI", s.familyPrefix().orElseThrow());
        assertEquals(LocalDate.of(1990, 2, 1), s.birthDate().orElseThrow());
        assertEquals(2, s.page());
    }

    @Test
    void needsCriteria() {
        var e = assertThrows(InvalidInputException.class, () -> PatientSearch.parse(null, null, null, 0, 20, TODAY));
        assertEquals("family", e.problems().get(0).field());
    }

    @Test
    void refusesOneLetterPrefixesAndSillyPageSizes() {
        var e = assertThrows(InvalidInputException.class, () -> PatientSearch.parse(null, "s", null, 0, 1000, TODAY));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("at least 2 letters"));
    }

    @Test
    void pagesKnowWhetherThereIsANextOne() {
        assertTrue(new ResultPage<>(java.util.List.of(1, 2), 0, 2, 3).hasNext());
        assertEquals(false, new ResultPage<>(java.util.List.of(3), 1, 2, 3).hasNext());
    }

    @Test
    void eachCriterionAloneIsASearch() {
        assertEquals("ANN", PatientSearch.parse(null, null, "ann", null, null, 0, 20, TODAY).givenPrefix().orElseThrow());
        assertEquals("NW1 8AH", PatientSearch.parse(null, null, null, "nw18ah", null, 0, 20, TODAY).postcode().orElseThrow().value());
        assertEquals(LocalDate.of(1948, 2, 14), PatientSearch.parse(null, null, null, null, "14/02/1948", 0, 20, TODAY).birthDate().orElseThrow());
        assertEquals("9998118670", PatientSearch.parse("999-811-8670", null, null, null, null, 0, 20, TODAY).nhsNumber().orElseThrow().value());
    }

    @Test
    void criteriaTogetherAreAllKeptAndBadOnesNamed() {
        var s = PatientSearch.parse(null, "smi", "an", "E1 6AN", "01/02/1990", 0, 20, TODAY);
        assertEquals("family=SMI given=AN postcode=E1 6AN birthdate=1990-02-01 page=0", s.describe());
        var e = assertThrows(InvalidInputException.class, () -> PatientSearch.parse(null, null, "a", "NOWHERE", null, 0, 20, TODAY));
        assertEquals(java.util.List.of("given", "postcode"), e.problems().stream().map(p -> p.field()).toList());
    }
}
