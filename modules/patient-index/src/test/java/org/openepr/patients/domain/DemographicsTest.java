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

    static PatientForm full(boolean noGp, String gp, String phone, String email, String kinName, String kinRelationship, String kinPhone,
                            String language, boolean interpreter, String ethnicity, String died) {
        return new PatientForm("9990000018", "Okafor", "Ada", "23/04/1961", "female", "1 High Street", null, "London", "E1 6AN", gp,
                noGp, phone, email, kinName, kinRelationship, kinPhone, language, interpreter, ethnicity, died);
    }

    @Test
    void noRegisteredGpIsAChoiceNotABlank() {
        assertNull(Demographics.parse(full(true, null, null, null, null, null, null, null, false, null, null), TODAY).gpPractice());
        assertEquals(List.of("gpPractice"), fieldsAtFault(full(false, " ", null, null, null, null, null, null, false, null, null)));
        var both = assertThrows(InvalidInputException.class,
                () -> Demographics.parse(full(true, "F84003", null, null, null, null, null, null, false, null, null), TODAY));
        assertEquals("Give a GP practice or choose \"No registered GP\", not both", both.problems().get(0).message());
    }

    @Test
    void readsContactDetailsNextOfKinLanguageEthnicityAndDeath() {
        Demographics d = Demographics.parse(full(false, "F84003", " 020 7946 0123 ", "ada@example.org", "Ngozi Okafor", "Daughter",
                "+44 7700 900123", "pl", true, "n", "02/11/2026"), TODAY);
        assertEquals("020 7946 0123", d.phone().value());
        assertEquals("ada@example.org", d.email().value());
        assertEquals(new NextOfKin("Ngozi Okafor", "Daughter", new PhoneNumber("+44 7700 900123")), d.nextOfKin());
        assertEquals(Language.POLISH, d.preferredLanguage());
        assertEquals(true, d.interpreterRequired());
        assertEquals(EthnicCategory.N, d.ethnicCategory());
        assertEquals("Black or Black British - African", d.ethnicCategory().label());
        assertEquals(LocalDate.of(2026, 11, 2), d.deceasedDate());
    }

    @Test
    void namesEachBadNewFieldInItsMessage() {
        var e = assertThrows(InvalidInputException.class, () -> Demographics.parse(full(false, "F84003", "12345", "ada at example",
                null, null, "0207", "xx", false, "Q", "01/01/1950"), TODAY));
        var messages = e.problems().stream().collect(java.util.stream.Collectors.toMap(FieldProblem::field, FieldProblem::message));
        assertEquals(java.util.Set.of("phone", "email", "nextOfKinName", "nextOfKinRelationship", "nextOfKinPhone", "preferredLanguage",
                "ethnicCategory", "deceasedDate"), messages.keySet());
        assertEquals("Phone number must be a telephone number of 10 to 15 digits, e.g. 020 7946 0123", messages.get("phone"));
        assertEquals("E-mail address must be an address like name@example.org", messages.get("email"));
        assertEquals("Next of kin's phone number must be a telephone number of 10 to 15 digits, e.g. 020 7946 0123",
                messages.get("nextOfKinPhone"));
        assertEquals("Date of death cannot be before the date of birth", messages.get("deceasedDate"));
    }

    @Test
    void anInterpreterNeedsALanguageAndDeathCannotBeInTheFuture() {
        assertEquals(List.of("preferredLanguage", "deceasedDate"),
                fieldsAtFault(full(false, "F84003", null, null, null, null, null, null, true, null, "26/11/2026")));
    }

    @Test
    void notStatedIsAnAnswerButBlankIsNotAsked() {
        assertEquals(EthnicCategory.Z, Demographics.parse(full(false, "F84003", null, null, null, null, null, null, false, "Z", null), TODAY)
                .ethnicCategory());
        assertEquals("Not stated", EthnicCategory.Z.label());
        assertNull(Demographics.parse(full(false, "F84003", null, null, null, null, null, null, false, "", null), TODAY).ethnicCategory());
    }
}
