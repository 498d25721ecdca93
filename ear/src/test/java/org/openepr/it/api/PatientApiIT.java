package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.KeycloakAdmin;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;

/** The FHIR Patient API: what it accepts, what it refuses and how it says so. */
class PatientApiIT {

    static final String CLINICIAN = "rat.clinician";
    static final String PATIENTS = Env.BASE_URL + "/fhir/Patient";

    static String uniqueFamily(String stem) {
        return org.openepr.it.support.Names.unique(stem);
    }

    Http.Answer post(Patient p) {
        return Http.post(PATIENTS, Tokens.of(CLINICIAN), Fhir.json(p), Map.of());
    }

    long savedWithFamily(String family) {
        return Fhir.bundle(Http.get(PATIENTS + "?family=" + family, Tokens.of(CLINICIAN))).getTotal();
    }

    void assertRefused(Http.Answer answer, int status, String field, String words, String family) {
        assertEquals(status, answer.status(), answer.body());
        var outcome = Fhir.outcome(answer);
        assertTrue(outcome.getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().contains(field))),
                "the outcome names the field " + field + ": " + answer.body());
        assertTrue(Fhir.diagnostics(answer).contains(words), answer.body());
        assertEquals(0, savedWithFamily(family), "nothing is saved");
    }

    @Test
    void registersAPatientAndReadsItBack() {
        String family = uniqueFamily("Readback");
        String nhs = NhsNumbers.next();
        var created = post(Fhir.patient(nhs, family, "Jo", "1950-12-31"));
        assertEquals(201, created.status(), created.body());
        Patient p = Fhir.parse(Patient.class, created.body());
        assertTrue(created.header("Location").endsWith("/fhir/Patient/" + p.getIdPart()));
        var read = Fhir.parse(Patient.class, Http.get(PATIENTS + "/" + p.getIdPart(), Tokens.of(CLINICIAN)).body());
        assertEquals(nhs, read.getIdentifierFirstRep().getValue());
        assertEquals(family, read.getNameFirstRep().getFamily());
        assertEquals("1950-12-31", read.getBirthDateElement().getValueAsString());
        assertEquals("N1 9GU", read.getAddressFirstRep().getPostalCode());
        assertEquals("F84003", read.getGeneralPractitionerFirstRep().getIdentifier().getValue());
        assertEquals("1", read.getMeta().getVersionId());
    }

    @Test
    void registersAPatientWithoutAGeneralPractitioner() {
        // UK Core does not require generalPractitioner: a homeless patient or a new arrival has none yet
        String family = uniqueFamily("Nogp");
        Patient sent = Fhir.patient(NhsNumbers.next(), family, "Nuri", "1990-01-01");
        sent.getGeneralPractitioner().clear();
        var created = post(sent);
        assertEquals(201, created.status(), created.body());
        var read = Fhir.parse(Patient.class, Http.get(PATIENTS + "/" + Fhir.parse(Patient.class, created.body()).getIdPart(),
                Tokens.of(CLINICIAN)).body());
        assertTrue(read.getGeneralPractitioner().isEmpty(), "no GP is read back as no GP, not an invented one");
    }

    @Test
    void contactDetailsNextOfKinLanguageEthnicityAndDeathRoundTrip() {
        String family = uniqueFamily("Roundtrip");
        String died = org.openepr.it.support.ServerClock.today().minusDays(3).toString();
        var created = post(Fhir.withEveryDetailAndNoGp(Fhir.patient(NhsNumbers.next(), family, "Ada", "1941-04-04"), died));
        assertEquals(201, created.status(), created.body());
        var read = Fhir.parse(Patient.class, Http.get(PATIENTS + "/" + Fhir.parse(Patient.class, created.body()).getIdPart(),
                Tokens.of(CLINICIAN)).body());
        assertEquals(List.of("phone:020 7946 0123", "email:ada@example.org"), read.getTelecom().stream()
                .map(t -> t.getSystem().toCode() + ":" + t.getValue()).toList());
        var kin = read.getContactFirstRep();
        assertEquals("Ngozi Okafor", kin.getName().getText());
        assertEquals("Daughter", kin.getRelationshipFirstRep().getText());
        assertTrue(kin.getRelationshipFirstRep().hasCoding("http://terminology.hl7.org/CodeSystem/v2-0131", "N"), "marked next of kin");
        assertEquals("07700 900123", kin.getTelecomFirstRep().getValue());
        assertEquals("pl", read.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode());
        assertTrue(read.getCommunicationFirstRep().getPreferred());
        assertEquals("true", read.getExtensionByUrl(Fhir.INTERPRETER_REQUIRED).getValue().primitiveValue());
        var ethnicity = (org.hl7.fhir.r4.model.CodeableConcept) read.getExtensionByUrl(Fhir.ETHNIC_CATEGORY).getValue();
        assertEquals("N", ethnicity.getCodingFirstRep().getCode());
        assertEquals("Black or Black British - African", ethnicity.getCodingFirstRep().getDisplay());
        assertEquals(died, read.getDeceasedDateTimeType().getValueAsString());
        assertTrue(read.getGeneralPractitioner().isEmpty());
    }

    @Test
    void refusesBadNewDetailsNamingEachPath() {
        String family = uniqueFamily("Baddetail");
        Patient p = Fhir.withEveryDetailAndNoGp(Fhir.patient(NhsNumbers.next(), family, "Bo", "1950-01-01"), "1949-01-01");
        p.getTelecomFirstRep().setValue("12");
        p.getExtensionByUrl(Fhir.ETHNIC_CATEGORY).setValue(new org.hl7.fhir.r4.model.CodeableConcept(
                new org.hl7.fhir.r4.model.Coding("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", "Q", null)));
        var answer = post(p);
        assertRefused(answer, 400, "Patient.telecom.where(system='phone').value", "Phone number must be a telephone number", family);
        assertRefused(answer, 400, "Patient.deceasedDateTime", "Date of death cannot be before the date of birth", family);
        assertRefused(answer, 400, "EthnicCategory", "Ethnicity must be one of the NHS ethnic categories", family);
        Patient dead = Fhir.patient(NhsNumbers.next(), family, "Bo", "1950-01-01").setDeceased(new org.hl7.fhir.r4.model.BooleanType(true));
        assertRefused(post(dead), 400, "Patient.deceasedBoolean", "date of death", family);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "99900000189", "999000001X", "9990000019", "999 000 001 8"})
    void refusesMalformedNhsNumbers(String nhs) {
        String family = uniqueFamily("Badnhs");
        assertRefused(post(Fhir.patient(nhs, family, "Jo", "1970-01-01")), 400, "nhs-number", "NHS number", family);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        String family = uniqueFamily("Future");
        assertRefused(post(Fhir.patient(NhsNumbers.next(), family, "Jo", "2999-01-01")), 400, "birthDate", "cannot be in the future", family);
    }

    @Test
    void refusesABirthDateBefore1900() {
        String family = uniqueFamily("Ancient");
        assertRefused(post(Fhir.patient(NhsNumbers.next(), family, "Jo", "1899-12-31")), 400, "birthDate", "before 1900", family);
    }

    @Test
    void refusesA10000CharacterName() {
        String family = uniqueFamily("Long");
        Patient p = Fhir.patient(NhsNumbers.next(), family, "x".repeat(10_000), "1970-01-01");
        assertRefused(post(p), 400, "name.given", "at most 100 characters", family);
        Patient q = Fhir.patient(NhsNumbers.next(), "y".repeat(10_000), "Jo", "1970-01-01");
        assertEquals(400, post(q).status());
    }

    @Test
    void refusesMarkupInAnyTextField() {
        String family = uniqueFamily("Markup");
        assertRefused(post(Fhir.patient(NhsNumbers.next(), family, "<script>alert(1)</script>", "1970-01-01")), 400, "name.given", "must not contain <", family);
        Patient inAddress = Fhir.patient(NhsNumbers.next(), family, "Jo", "1970-01-01");
        inAddress.getAddressFirstRep().getLine().get(0).setValue("<script>alert(1)</script>");
        assertRefused(post(inAddress), 400, "address.line", "must not contain <", family);
        Patient inFamily = Fhir.patient(NhsNumbers.next(), "<b>" + family, "Jo", "1970-01-01");
        assertEquals(400, post(inFamily).status());
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        String family = uniqueFamily("Many");
        Patient p = Fhir.patient("123", family, "", "2999-01-01");
        p.getAddressFirstRep().setPostalCode("NOT A POSTCODE");
        var answer = post(p);
        assertEquals(400, answer.status());
        assertEquals(4, Fhir.outcome(answer).getIssue().size(), answer.body());
    }

    @Test
    void refusesABodyThatIsNotAPatient() {
        var answer = Http.post(PATIENTS, Tokens.of(CLINICIAN), "{\"resourceType\":\"Patient\", \"birthDate\": [1,2", Map.of());
        assertEquals(400, answer.status());
        assertEquals("OperationOutcome", answer.json().getString("resourceType"));
    }

    @Test
    void refusesASecondRegistrationOfTheSameNhsNumberInTheTrust() {
        String nhs = NhsNumbers.next();
        assertEquals(201, post(Fhir.patient(nhs, uniqueFamily("Twice"), "Jo", "1970-01-01")).status());
        var again = post(Fhir.patient(nhs, uniqueFamily("Twice"), "Jo", "1970-01-01"));
        assertEquals(409, again.status());
        assertTrue(Fhir.diagnostics(again).contains("already registered"));
    }

    @Test
    void aRepeatedConditionalCreateReturnsTheFirstRegistration() {
        String nhs = NhsNumbers.next();
        String body = Fhir.json(Fhir.patient(nhs, uniqueFamily("Retry"), "Jo", "1970-01-01"));
        Map<String, String> ifNoneExist = Map.of("If-None-Exist", "identifier=" + Fhir.NHS + "|" + nhs);
        var first = Http.post(PATIENTS, Tokens.of(CLINICIAN), body, ifNoneExist);
        var second = Http.post(PATIENTS, Tokens.of(CLINICIAN), body, ifNoneExist);
        assertEquals(201, first.status());
        assertEquals(200, second.status());
        assertEquals(Fhir.parse(Patient.class, first.body()).getIdPart(), Fhir.parse(Patient.class, second.body()).getIdPart());
    }

    @Test
    void searchesByFamilyAndBirthDateAPageAtATime() {
        String family = uniqueFamily("Paged");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post(Fhir.patient(NhsNumbers.next(), family, "Child" + (char) ('a' + i), "2001-05-05")).status());
        }
        assertEquals(201, post(Fhir.patient(NhsNumbers.next(), family, "Other", "2002-05-05")).status());
        Bundle page1 = Fhir.bundle(Http.get(PATIENTS + "?family=" + family.substring(0, 8).toLowerCase() + "&birthdate=2001-05-05&_count=2",
                Tokens.of(CLINICIAN)));
        assertEquals(3, page1.getTotal());
        assertEquals(2, page1.getEntry().size());
        String next = page1.getLink("next").getUrl();
        Bundle page2 = Fhir.bundle(Http.get(next, Tokens.of(CLINICIAN)));
        assertEquals(1, page2.getEntry().size());
        assertEquals(null, page2.getLink("next"));
    }

    @Test
    void searchNeedsCriteriaAndTheNhsNumberSystem() {
        var none = Http.get(PATIENTS, Tokens.of(CLINICIAN));
        assertEquals(400, none.status());
        var wrongSystem = Http.get(PATIENTS + "?identifier=http://example.org%7C9990000018", Tokens.of(CLINICIAN));
        assertEquals(400, wrongSystem.status());
        assertTrue(Fhir.diagnostics(wrongSystem).contains("nhs-number"));
        var shortName = Http.get(PATIENTS + "?family=a", Tokens.of(CLINICIAN));
        assertEquals(400, shortName.status());
    }

    @Test
    void readingAnUnknownOrMalformedIdSaysNoSuchPatient() {
        assertEquals(404, Http.get(PATIENTS + "/" + UUID.randomUUID(), Tokens.of(CLINICIAN)).status());
        var malformed = Http.get(PATIENTS + "/not-an-id", Tokens.of(CLINICIAN));
        assertEquals(404, malformed.status());
        assertEquals("No such patient", Fhir.diagnostics(malformed));
    }

    @Test
    void aMissingTokenIsRefusedWithAnOperationOutcome() {
        var answer = Http.get(PATIENTS + "?family=Smith", null);
        assertEquals(401, answer.status());
        assertEquals("login", Fhir.outcome(answer).getIssueFirstRep().getCode().toCode());
        var post = Http.post(PATIENTS, null, Fhir.json(Fhir.patient(NhsNumbers.next(), "Notoken", "Jo", "1970-01-01")), Map.of());
        assertEquals(401, post.status());
        assertEquals(0, savedWithFamily("Notoken"));
    }

    @Test
    void aGarbledTokenIsRefused() {
        var answer = Http.get(PATIENTS + "?family=Smith", "not.a.token");
        assertEquals(401, answer.status());
        assertEquals("OperationOutcome", answer.json().getString("resourceType"));
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = KeycloakAdmin.shortLivedToken();
        // lives 1 s; the test server allows 1 s of clock skew (epr.jwt.clock.skew): wait until that has passed
        long expires = Tokens.expiry(token).getEpochSecond();
        while (java.time.Instant.now().getEpochSecond() <= expires + 1) {
            Thread.sleep(100);
        }
        String family = uniqueFamily("Expired");
        var answer = Http.post(PATIENTS, token, Fhir.json(Fhir.patient(NhsNumbers.next(), family, "Jo", "1970-01-01")), Map.of());
        assertEquals(401, answer.status(), answer.body());
        assertEquals("OperationOutcome", answer.json().getString("resourceType"));
        assertEquals(0, savedWithFamily(family));
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        String foreign = KeycloakAdmin.foreignRealmToken();
        String family = uniqueFamily("Foreign");
        var read = Http.get(PATIENTS + "?family=Smith", foreign);
        assertEquals(401, read.status());
        var post = Http.post(PATIENTS, foreign, Fhir.json(Fhir.patient(NhsNumbers.next(), family, "Jo", "1970-01-01")), Map.of());
        assertEquals(401, post.status());
        assertEquals(0, savedWithFamily(family));
    }
}
