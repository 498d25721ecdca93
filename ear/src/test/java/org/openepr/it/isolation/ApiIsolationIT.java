package org.openepr.it.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.OutboxFixture;
import org.openepr.it.support.SignedSummaries;
import org.openepr.it.support.Tokens;

/**
 * Every API operation tried by a user of another trust, against real Keycloak tokens, Liberty and
 * PostgreSQL: another trust's patient answers exactly as a patient that does not exist.
 */
class ApiIsolationIT {

    static final String RAT = "rat.clinician";
    static final String RKL = "rkl.clinician";
    static Patient ratPatient;
    static String ratNhs;
    static String family;

    @BeforeAll
    static void aPatientOfTrustRat() {
        ratNhs = NhsNumbers.next();
        family = "Isolated" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        ratPatient = Fhir.register(Tokens.of(RAT), Fhir.patient(ratNhs, family, "Ada", "1975-06-01"));
    }

    @Test
    void theOwningTrustCanReadAndFindItsPatient() {
        assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), Tokens.of(RAT)).status());
        assertEquals(1, Fhir.bundle(Http.get(nhsSearch(ratNhs), Tokens.of(RAT))).getTotal());
    }

    @Test
    void readingAnotherTrustsPatientLooksExactlyLikeReadingNoPatient() {
        var other = Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), Tokens.of(RKL));
        var none = Http.get(Env.BASE_URL + "/fhir/Patient/" + UUID.randomUUID(), Tokens.of(RKL));
        assertEquals(404, other.status());
        assertEquals(none.status(), other.status());
        assertEquals(none.body(), other.body(), "the answer must not reveal that the record exists elsewhere");
        assertEquals("No such patient", Fhir.diagnostics(other));
    }

    @Test
    void searchingByAnotherTrustsNhsNumberFindsNothing() {
        var found = Fhir.bundle(Http.get(nhsSearch(ratNhs), Tokens.of(RKL)));
        assertEquals(0, found.getTotal());
        assertTrue(found.getEntry().isEmpty());
    }

    @Test
    void searchingByAnotherTrustsNameAndBirthDateFindsNothing() {
        var found = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Patient?family=" + family + "&birthdate=1975-06-01", Tokens.of(RKL)));
        assertEquals(0, found.getTotal());
    }

    @Test
    void conditionalCreateInAnotherTrustMakesThatTrustsOwnRecord() {
        var body = Fhir.json(Fhir.patient(ratNhs, family, "Ada", "1975-06-01"));
        var answer = Http.post(Env.BASE_URL + "/fhir/Patient", Tokens.of(RKL), body,
                Map.of("If-None-Exist", "identifier=" + Fhir.NHS + "|" + ratNhs));
        assertEquals(201, answer.status(), "RKL holds no record of this person yet: " + answer);
        Patient rklCopy = Fhir.parse(Patient.class, answer.body());
        assertNotEquals(ratPatient.getIdPart(), rklCopy.getIdPart());
        assertEquals("RKL", rklCopy.getManagingOrganization().getIdentifier().getValue());
        // and each trust still sees only its own record of the person
        var ratView = Fhir.bundle(Http.get(nhsSearch(ratNhs), Tokens.of(RAT)));
        assertEquals(1, ratView.getTotal());
        assertEquals(ratPatient.getIdPart(), ratView.getEntryFirstRep().getResource().getIdElement().getIdPart());
    }

    @Test
    void theHostingOperatorGetsNoPatientDataAnywhere() {
        String operator = Tokens.of("operator");
        assertEquals(403, Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), operator).status());
        assertEquals(403, Http.get(nhsSearch(ratNhs), operator).status());
        var post = Http.post(Env.BASE_URL + "/fhir/Patient", operator, Fhir.json(Fhir.patient(NhsNumbers.next(), "Op", "Erator", "1980-01-01")), Map.of());
        assertEquals(403, post.status());
        assertTrue(Http.get(nhsSearch(ratNhs), operator).body().contains("OperationOutcome"));
    }

    @Test
    void aTrustAdminCannotOpenPatientRecordsThroughTheApi() {
        assertEquals(403, Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), Tokens.of("rat.admin")).status());
    }

    @Test
    void aPharmacistMayReadButNotRegister() {
        assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), Tokens.of("rat.pharmacist")).status());
        var post = Http.post(Env.BASE_URL + "/fhir/Patient", Tokens.of("rat.pharmacist"),
                Fhir.json(Fhir.patient(NhsNumbers.next(), "Pharm", "Acist", "1980-01-01")), Map.of());
        assertEquals(403, post.status());
    }

    @Test
    void aTokenForTwoTrustsIsRefusedRatherThanGuessed() {
        var answer = Http.get(nhsSearch(ratNhs), Tokens.of("locum.clinician"));
        assertEquals(403, answer.status());
        assertTrue(Fhir.diagnostics(answer).contains("2 trusts"), answer.body());
    }

    @Test
    void theCapabilityStatementIsPublicAndNamesUkCorePatient() {
        var answer = Http.get(Env.BASE_URL + "/fhir/metadata", null);
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("UKCore-Patient"));
    }

    @Test
    void anotherTrustsDischargeOutboxAnswersAsAnEmptyOne() throws Exception {
        var signed = SignedSummaries.first(UUID.fromString(ratPatient.getIdPart()), ratNhs, "F84003", "rat.clinician");
        UUID task = OutboxFixture.queue("RAT", List.of(signed)).get(0);
        var own = Http.get(Env.BASE_URL + "/fhir/Task/" + task, Tokens.of(RAT));
        assertEquals(200, own.status(), own.body());
        var other = Http.get(Env.BASE_URL + "/fhir/Task/" + task, Tokens.of(RKL));
        var none = Http.get(Env.BASE_URL + "/fhir/Task/" + UUID.randomUUID(), Tokens.of(RKL));
        assertEquals(404, other.status());
        assertEquals(none.body(), other.body(), "the answer must not reveal that the dispatch exists elsewhere");
        var rklOutbox = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Task?_count=100", Tokens.of(RKL)));
        assertTrue(rklOutbox.getEntry().stream().noneMatch(e -> e.getResource().getIdElement().getIdPart().equals(task.toString())));
        var ratOutbox = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Task?_count=100", Tokens.of(RAT)));
        assertTrue(ratOutbox.getEntry().stream().anyMatch(e -> e.getResource().getIdElement().getIdPart().equals(task.toString())));
    }

    static String nhsSearch(String nhs) {
        return Env.BASE_URL + "/fhir/Patient?identifier=" + Fhir.NHS + "%7C" + nhs;
    }
}
