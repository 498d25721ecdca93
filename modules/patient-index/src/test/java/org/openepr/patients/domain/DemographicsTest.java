package org.openepr.patients.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

class DemographicsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static PatientForm form(String birthDate) {
        return new PatientForm("9990000018", "O'Brien-Smith", "Siân", birthDate, "female", " 1 High Street ", "", "London", "sw1a1aa", "f84003");
    }

    static List<String> fieldsAtFault(PatientForm form) {
        var e = assertThrows(InvalidInputException.class, () -> Demographics.parse(form, TODAY));
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void acceptsAndNormalisesAValidForm() {
        Demographics d = Demographics.parse(form("23/04/1961"), TODAY);
        assertEquals("9990000018", d.nhsNumber().value());
        assertEquals("O'Brien-Smith", d.familyName());
        assertEquals(LocalDate.of(1961, 4, 23), d.birthDate());
        assertEquals(Gender.FEMALE, d.gender());
        assertEquals("1 High Street", d.address().line1());
        assertNull(d.address().line2(), "a blank optional line is no line");
        assertEquals("SW1A 1AA", d.address().postcode().value());
        assertEquals("F84003", d.gpPractice().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1961-04-23", "23/04/1961", "23/4/1961"})
    void readsBothDateForms(String date) {
        assertEquals(LocalDate.of(1961, 4, 23), Demographics.parse(form(date), TODAY).birthDate());
    }

    @Test
    void refusesTodayPlusOneButAcceptsToday() {
        assertEquals(TODAY, Demographics.parse(form("2026-11-25"), TODAY).birthDate());
        assertEquals(List.of("birthDate"), fieldsAtFault(form("2026-11-26")));
    }

    @Test
    void refusesBirthDatesBefore1900() {
        assertEquals(LocalDate.of(1900, 1, 1), Demographics.parse(form("1900-01-01"), TODAY).birthDate());
        var e = assertThrows(InvalidInputException.class, () -> Demographics.parse(form("31/12/1899"), TODAY));
        assertEquals("Date of birth cannot be before 1900", e.problems().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2000", "2000-13-01", "yesterday", "1/1/70"})
    void refusesThingsThatAreNotDates(String date) {
        assertEquals(List.of("birthDate"), fieldsAtFault(form(date)));
    }

    @Test
    void refusesOverlongNamesWithTheLengthInTheMessage() {
        var f = new PatientForm("9990000018", "x".repeat(10_000), "Jo", "1970-01-01", "male", "1 Road", null, "Town", "E1 6AN", "F84003");
        var e = assertThrows(InvalidInputException.class, () -> Demographics.parse(f, TODAY));
        assertEquals("Family name must be at most 100 characters (it has 10000)", e.problems().get(0).message());
    }

    @Test
    void refusesMarkupAndControlCharacters() {
        var f = new PatientForm("9990000018", "Smith", "<script>alert(1)</script>", "1970-01-01", "male", "1 Road\u0000", null, "Town",
                "E1 6AN", "F84003");
        assertEquals(List.of("givenName", "addressLine1"), fieldsAtFault(f));
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        var f = new PatientForm("123", "", null, "", "robot", "", null, "", "ZZ", "123");
        assertEquals(List.of("nhsNumber", "familyName", "givenName", "birthDate", "gender", "addressLine1", "town", "postcode",
                "gpPractice"), fieldsAtFault(f));
    }
}
