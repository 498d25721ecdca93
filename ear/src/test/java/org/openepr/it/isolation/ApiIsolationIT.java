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
import org.openepr.it.support.CaseRecordResources;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
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

    /**
     * Every resource type the CapabilityStatement lets one search by patient (a module that declares one is covered
     * without editing this test): another trust's patient answers exactly as a patient that does not exist.
     */
    @Test
    void searchingAnyTypeByAnotherTrustsPatientLooksExactlyLikeSearchingByNoPatient() {
        var metadata = Fhir.parse(org.hl7.fhir.r4.model.CapabilityStatement.class, Http.get(Env.BASE_URL + "/fhir/metadata", null).body());
        java.util.List<String> types = metadata.getRestFirstRep().getResource().stream()
                .filter(r -> r.getSearchParam().stream().anyMatch(sp -> sp.getName().equals("patient"))).map(r -> r.getType()).toList();
        assertTrue(types.containsAll(java.util.List.of("EpisodeOfCare", "Encounter", "Composition", "Appointment", "MedicationRequest",
                "DocumentReference")), types.toString());
        String token = Tokens.of(RKL);
        for (String type : types) {
            var other = Http.get(Env.BASE_URL + "/fhir/" + type + "?patient=Patient/" + ratPatient.getIdPart(), token);
            var none = Http.get(Env.BASE_URL + "/fhir/" + type + "?patient=Patient/" + UUID.randomUUID(), token);
            assertEquals(none.status(), other.status(), type + ": " + other.body());
            if (other.status() == 200) {
                assertEquals(0, Fhir.bundle(other).getTotal(), type + " finds nothing of another trust's patient");
            } else {
                assertEquals(Fhir.diagnostics(none), Fhir.diagnostics(other), type);
            }
        }
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

    /**
     * The case record's types (notes, problems, alerts, observations, care team): another trust's records by id, a
     * search naming another trust's patient, and every write naming that patient or record answer exactly as for
     * ones that do not exist (404), and save nothing.
     */
    @Test
    void theCaseRecordOfAnotherTrustsPatientCannotBeReadSearchedOrWritten() throws Exception {
        String rat = Tokens.of(RAT);
        String rkl = Tokens.of(RKL);
        String p = ratPatient.getIdPart();
        String fhir = Env.BASE_URL + "/fhir/";
        String nobody = UUID.randomUUID().toString();
        var taken = ServerClock.now().minusHours(1);
        Map<String, java.util.function.Function<String, String>> writes = new java.util.LinkedHashMap<>();
        writes.put("DocumentReference", patient -> CaseRecordResources.note(patient, "Progress note", "Seen today", UUID.randomUUID().toString(), null));
        writes.put("Condition", patient -> Fhir.json(CaseRecordResources.condition(patient, "http://hl7.org/fhir/sid/icd-10", "F20.0", null, null)));
        writes.put("Flag", patient -> Fhir.json(CaseRecordResources.flag(patient, "risk-to-self", "high", ServerClock.today().plusDays(30), "Seen today")));
        writes.put("Observation", patient -> Fhir.json(CaseRecordResources.vital(patient, "8867-4", taken, "70", "/min")));
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        writes.forEach((type, body) -> {
            var made = Http.post(fhir + type, rat, body.apply(p), Map.of());
            assertEquals(201, made.status(), type + ": " + made.body());
            ids.put(type, Fhir.CONTEXT.newJsonParser().parseResource(made.body()).getIdElement().getIdPart());
        });
        ids.put("CareTeam", careTeam(p));

        ids.forEach((type, id) -> {
            var other = Http.get(fhir + type + "/" + id, rkl);
            var none = Http.get(fhir + type + "/" + UUID.randomUUID(), rkl);
            assertEquals(404, other.status(), type + " read: " + other.body());
            assertEquals(none.body(), other.body(), type + ": the answer must not reveal that the record exists elsewhere");
            var search = Http.get(fhir + type + "?patient=" + p, rkl);
            var searchNone = Http.get(fhir + type + "?patient=" + nobody, rkl);
            assertEquals(404, search.status(), type + " search: " + search.body());
            assertEquals(searchNone.body(), search.body(), type + " search");
            assertEquals(200, Http.get(fhir + type + "/" + id, rat).status(), type + ": the owning trust still reads it");
        });
        writes.forEach((type, body) -> {
            var other = Http.post(fhir + type, rkl, body.apply(p), Map.of());
            var none = Http.post(fhir + type, rkl, body.apply(nobody), Map.of());
            // refused as for a patient that does not exist (404; a note names its subject field: 400)
            assertTrue(other.status() == 404 || other.status() == 400, type + " create: " + other.body());
            assertEquals(none.status(), other.status(), type + " create");
            assertEquals(none.body(), other.body(), type + " create");
        });
        for (String type : new String[] {"DocumentReference", "Observation"}) {
            String body = type.equals("Observation") ? "{\"resourceType\":\"Observation\",\"status\":\"entered-in-error\",\"note\":[{\"text\":\"x\"}]}"
                    : CaseRecordResources.note(p, "Progress note", "Overwritten", UUID.randomUUID().toString(), null);
            var put = Http.request("PUT", fhir + type + "/" + ids.get(type), Map.of("Authorization", "Bearer " + rkl, "Content-Type",
                    "application/fhir+json", "Accept", "application/fhir+json", "If-Match", "W/\"1\""), body);
            assertEquals(404, put.status(), type + " update: " + put.body());
        }
        try (var c = Db.asSuperuser()) {
            for (String table : new String[] {"clinical_note", "problem", "risk_alert", "observation"}) {
                assertEquals(1, Db.count(c, "select count(*) from " + table + " where patient_id = ?::uuid", p), table + ": nothing saved by the other trust");
                assertEquals(0, Db.count(c, "select count(*) from " + table + " where patient_id = ?::uuid and trust = 'RKL'", p), table);
            }
        }
        var note = Fhir.parse(org.hl7.fhir.r4.model.DocumentReference.class, Http.get(fhir + "DocumentReference/" + ids.get("DocumentReference"), rat).body());
        assertEquals("Seen today", new String(note.getContentFirstRep().getAttachment().getData(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A care team member seeded for the patient (the API has no care team write); the CareTeam's id as the API gives it. */
    static String careTeam(String patient) throws java.sql.SQLException {
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("insert into care_team_member (trust, id, patient_id, service, service_key, "
                + "staff_user_id, role, lead, start_date, added_by, added_at) values ('RAT', ?, ?::uuid, 'Isolation service', 'isolation service', "
                + "'rat.clinician', 'CARE_COORDINATOR', true, ?, 'rat.clinician', now())")) {
            st.setObject(1, UUID.randomUUID());
            st.setString(2, patient);
            st.setDate(3, java.sql.Date.valueOf(ServerClock.today().minusDays(1)));
            st.executeUpdate();
        }
        var teams = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/CareTeam?patient=" + patient, Tokens.of(RAT)));
        assertEquals(1, teams.getTotal());
        return teams.getEntryFirstRep().getResource().getIdElement().getIdPart();
    }
}
