package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.support.CaseRecordResources.condition;
import static org.openepr.it.support.CaseRecordResources.flag;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * Problems and diagnoses as UK Core Conditions, alerts and risks as UK Core Flags: read and searched by patient,
 * each as UK Core says, each kept inside the caller's trust. The read tests seed entries in the database; the create
 * tests record them through POST as a clinician's script would (the same use cases as the screens: ClinicalFactsIT).
 */
class ClinicalFactsApiIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";

    static void assertConforms(String json) {
        assertEquals(List.of(), UkCore.errors(json), json);
    }

    static String patient(String token) {
        return Fhir.register(token, Fhir.patient(NhsNumbers.next(), Names.unique("Apifacts"), "Ann", "1968-03-03")).getIdPart();
    }

    static UUID problem(String trust, String patient, String kind, String system, String code, String term, String status, boolean primary)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("insert into problem (trust, id, patient_id, kind, code_system, code, term, onset, status, "
                + "resolved_on, primary_diagnosis, recorded_by, recorded_at, changed_by, changed_at, change_reason, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'rat.clinician', ?, 'rat.clinician', ?, ?, 1)")) {
            Timestamp now = Timestamp.from(Instant.parse("2027-03-01T10:00:00Z"));
            st.setString(1, trust);
            st.setObject(2, id);
            st.setObject(3, UUID.fromString(patient));
            st.setString(4, kind);
            st.setString(5, system);
            st.setString(6, code);
            st.setString(7, term);
            st.setObject(8, LocalDate.of(2020, 5, 1));
            st.setString(9, status);
            st.setObject(10, "RESOLVED".equals(status) ? LocalDate.of(2027, 2, 1) : null);
            st.setBoolean(11, primary);
            st.setTimestamp(12, now);
            st.setTimestamp(13, now);
            st.setString(14, "ENTERED_IN_ERROR".equals(status) ? "Wrong patient" : null);
            st.executeUpdate();
        }
        return id;
    }

    static UUID alert(String trust, String patient, String category, String severity, boolean ended) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("insert into risk_alert (trust, id, patient_id, category, severity, details, "
                + "review_date, recorded_by, recorded_at, ended_by, ended_at, end_reason, version) values (?, ?, ?, ?, ?, 'Seeded for the API test', ?, "
                + "'rat.clinician', ?, ?, ?, ?, 1)")) {
            st.setString(1, trust);
            st.setObject(2, id);
            st.setObject(3, UUID.fromString(patient));
            st.setString(4, category);
            st.setString(5, severity);
            st.setObject(6, LocalDate.of(2027, 4, 1));
            st.setTimestamp(7, Timestamp.from(Instant.parse("2027-03-01T10:00:00Z")));
            st.setString(8, ended ? "rat.clinician" : null);
            st.setTimestamp(9, ended ? Timestamp.from(Instant.parse("2027-03-02T10:00:00Z")) : null);
            st.setString(10, ended ? "No longer applies" : null);
            st.executeUpdate();
        }
        return id;
    }

    @Test
    void problemsAndDiagnosesAreUkCoreConditions() throws SQLException {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        UUID diabetes = problem("RAT", p, "PROBLEM", "SNOMED_CT", "73211009", "Diabetes mellitus", "ACTIVE", false);
        UUID paranoid = problem("RAT", p, "DIAGNOSIS", "ICD_10", "F20.0", "Paranoid schizophrenia", "ACTIVE", true);
        problem("RAT", p, "DIAGNOSIS", "ICD_10", "F32.1", "Moderate depressive episode", "RESOLVED", false);
        problem("RAT", p, "PROBLEM", null, null, "Hoarding with fire risk", "ACTIVE", false);
        UUID wrong = problem("RAT", p, "PROBLEM", "SNOMED_CT", "38341003", "Hypertensive disorder", "ENTERED_IN_ERROR", false);

        var read = Http.get(FHIR + "Condition/" + paranoid, Tokens.of("rat.pharmacist"));
        assertEquals(200, read.status(), read.body());
        assertConforms(read.body());
        Condition c = Fhir.parse(Condition.class, read.body());
        assertEquals(ICD_10, c.getCode().getCodingFirstRep().getSystem());
        assertEquals("F20.0", c.getCode().getCodingFirstRep().getCode());
        assertEquals("encounter-diagnosis", c.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertTrue(((BooleanType) c.getExtensionByUrl("https://openepr.org/fhir/StructureDefinition/primary-diagnosis").getValue()).booleanValue());
        Condition snomed = Fhir.parse(Condition.class, Http.get(FHIR + "Condition/" + diabetes, token).body());
        assertEquals(SNOMED, snomed.getCode().getCodingFirstRep().getSystem());
        assertEquals("problem-list-item", snomed.getCategoryFirstRep().getCodingFirstRep().getCode());
        var inError = Http.get(FHIR + "Condition/" + wrong, token);
        assertConforms(inError.body());
        assertEquals("entered-in-error", Fhir.parse(Condition.class, inError.body()).getVerificationStatus().getCodingFirstRep().getCode());

        Bundle all = Fhir.bundle(Http.get(FHIR + "Condition?patient=Patient/" + p, token));
        assertEquals(4, all.getTotal(), "entered in error is read by id, never found by a search");
        assertConforms(Fhir.json(all));
        assertEquals(2, Fhir.bundle(Http.get(FHIR + "Condition?patient=" + p + "&category=encounter-diagnosis", token)).getTotal());
        assertEquals(3, Fhir.bundle(Http.get(FHIR + "Condition?patient=" + p + "&clinical-status=active", token)).getTotal());
        assertEquals(1, Fhir.bundle(Http.get(FHIR + "Condition?patient=" + p
                + "&category=http://terminology.hl7.org/CodeSystem/condition-category%7Cencounter-diagnosis&clinical-status=resolved", token)).getTotal());
        var free = all.getEntry().stream().map(e -> (Condition) e.getResource()).filter(x -> !x.getCode().hasCoding()).findFirst().orElseThrow();
        assertEquals("Hoarding with fire risk", free.getCode().getText());
        assertEquals(400, Http.get(FHIR + "Condition?patient=" + p + "&category=symptom", token).status());
        assertEquals(400, Http.get(FHIR + "Condition", token).status(), "a search names the patient");
    }

    @Test
    void alertsAndRisksAreUkCoreFlags() throws SQLException {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        UUID self = alert("RAT", p, "RISK_TO_SELF", "HIGH", false);
        alert("RAT", p, "SAFEGUARDING", "MEDIUM", true);

        var read = Http.get(FHIR + "Flag/" + self, token);
        assertEquals(200, read.status(), read.body());
        assertConforms(read.body());
        Flag f = Fhir.parse(Flag.class, read.body());
        assertEquals(Flag.FlagStatus.ACTIVE, f.getStatus());
        assertEquals("risk-to-self", f.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertTrue(f.getCode().getText().startsWith("Risk to self (high)"), f.getCode().getText());
        assertEquals("2027-04-01", f.getExtensionByUrl("https://openepr.org/fhir/StructureDefinition/risk-review-date").getValue().primitiveValue());

        Bundle all = Fhir.bundle(Http.get(FHIR + "Flag?patient=" + p, token));
        assertEquals(2, all.getTotal());
        assertConforms(Fhir.json(all));
        Bundle active = Fhir.bundle(Http.get(FHIR + "Flag?patient=" + p + "&status=active", token));
        assertEquals(1, active.getTotal());
        assertEquals(1, Fhir.bundle(Http.get(FHIR + "Flag?patient=" + p + "&category=safeguarding", token)).getTotal());
        Flag ended = (Flag) Fhir.bundle(Http.get(FHIR + "Flag?patient=" + p + "&status=inactive", token)).getEntryFirstRep().getResource();
        assertEquals(Flag.FlagStatus.INACTIVE, ended.getStatus());
        assertTrue(ended.getPeriod().hasEnd());
        assertEquals(400, Http.get(FHIR + "Flag?patient=" + p + "&status=maybe", token).status());
    }

    @Test
    void anotherTrustsConditionsAndFlagsAnswerAsIfTheyDidNotExist() throws SQLException {
        String rat = Tokens.of("rat.clinician");
        String p = patient(rat);
        UUID condition = problem("RAT", p, "DIAGNOSIS", "ICD_10", "F31.1", "Bipolar affective disorder", "ACTIVE", false);
        UUID flag = alert("RAT", p, "RISK_TO_OTHERS", "LOW", false);
        String rkl = Tokens.of("rkl.clinician");
        assertEquals(404, Http.get(FHIR + "Condition/" + condition, rkl).status());
        assertEquals(404, Http.get(FHIR + "Flag/" + flag, rkl).status());
        assertEquals(404, Http.get(FHIR + "Condition?patient=" + p, rkl).status(), "another trust's patient is not found");
        assertEquals(404, Http.get(FHIR + "Flag?patient=" + p, rkl).status());
        assertEquals(404, Http.get(FHIR + "Condition/" + UUID.randomUUID(), rat).status());
        assertFalse(Http.get(FHIR + "Flag/" + flag, rkl).body().contains("Seeded"), "nothing of it in the answer");
        assertEquals(403, Http.get(FHIR + "Flag?patient=" + p, Tokens.of("rat.clerk")).status(), "a booking clerk reads no clinical API");
    }

    static final String SUBMISSION = "https://openepr.org/fhir/Id/submission";
    static final String PRIMARY = "https://openepr.org/fhir/StructureDefinition/primary-diagnosis";
    static final String RISK = "https://openepr.org/fhir/";

    static Http.Answer post(String type, String token, org.hl7.fhir.r4.model.Resource body) {
        return Http.post(FHIR + type, token, Fhir.json(body), java.util.Map.of());
    }

    static void assertNamed(Http.Answer answer, int status, String path) {
        assertEquals(status, answer.status(), path + ": " + answer.body());
        assertTrue(Fhir.outcome(answer).getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().startsWith(path))),
                "names " + path + ": " + answer.body());
    }

    static long rows(String table, String patient) throws SQLException {
        try (var c = Db.asSuperuser()) {
            return Db.count(c, "select count(*) from " + table + " where patient_id = ?", UUID.fromString(patient));
        }
    }

    @Test
    void aClinicianRecordsConditionsThroughTheApiAsTheProblemFormDoes_oncePerSubmission() throws Exception {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        Condition paranoid = condition(p, ICD_10, "F20.0", null, "encounter-diagnosis");
        paranoid.setOnset(new DateTimeType("2020-05-01"));
        paranoid.addExtension(new Extension(PRIMARY, new BooleanType(true)));
        paranoid.addNote().setText("Diagnosed by the early intervention team");
        String submission = UUID.randomUUID().toString();
        paranoid.addIdentifier().setSystem(SUBMISSION).setValue(submission);
        var made = post("Condition", token, paranoid);
        assertEquals(201, made.status(), made.body());
        assertConforms(made.body());
        Condition back = Fhir.parse(Condition.class, made.body());
        assertTrue(made.header("Location").contains("/fhir/Condition/" + back.getIdPart()));
        assertEquals("F20.0", back.getCode().getCodingFirstRep().getCode());
        assertEquals("Paranoid schizophrenia", back.getCode().getText(), "the shipped list's term");
        assertEquals("2020-05-01", back.getOnsetDateTimeType().getValueAsString());
        assertEquals("active", back.getClinicalStatus().getCodingFirstRep().getCode());
        assertTrue(((BooleanType) back.getExtensionByUrl(PRIMARY).getValue()).booleanValue());
        var read = Http.get(FHIR + "Condition/" + back.getIdPart(), token);
        assertEquals(200, read.status());
        assertConforms(read.body());

        var again = post("Condition", token, paranoid);
        assertEquals(200, again.status(), "the same submission sent again: " + again.body());
        assertEquals(back.getIdPart(), Fhir.parse(Condition.class, again.body()).getIdPart());
        assertEquals(1, rows("problem", p), "recorded once");

        var words = post("Condition", token, condition(p, null, null, "Hoarding with fire risk", "problem-list-item"));
        assertEquals(201, words.status(), words.body());
        assertConforms(words.body());
        Condition free = Fhir.parse(Condition.class, words.body());
        assertFalse(free.getCode().hasCoding());
        assertEquals("problem-list-item", free.getCategoryFirstRep().getCodingFirstRep().getCode());
        Condition depression = condition(p, ICD_10, "F32.1", null, null);
        depression.addExtension(new Extension(PRIMARY, new BooleanType(true)));
        assertEquals(201, post("Condition", token, depression).status());
        Condition demoted = Fhir.parse(Condition.class, Http.get(FHIR + "Condition/" + back.getIdPart(), token).body());
        assertFalse(((BooleanType) demoted.getExtensionByUrl(PRIMARY).getValue()).booleanValue(), "one primary diagnosis: the first is no longer");
        assertEquals(3, Fhir.bundle(Http.get(FHIR + "Condition?patient=" + p, token)).getTotal());

        // the same create sent six times at once: recorded once; each answer is the entry, or a conflict to send again
        Condition racing = condition(p, ICD_10, "F41.1", null, null);
        racing.addIdentifier().setSystem(SUBMISSION).setValue(UUID.randomUUID().toString());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<Http.Answer> answers = new java.util.ArrayList<>();
        try {
            java.util.concurrent.Callable<Http.Answer> send = () -> post("Condition", token, racing);
            for (var sent : pool.invokeAll(java.util.Collections.nCopies(6, send))) {
                answers.add(sent.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.status() == 201 || a.status() == 200 || a.status() == 409), answers.toString());
        assertEquals(4, rows("problem", p));
        assertEquals(403, post("Condition", Tokens.of("rat.pharmacist"), condition(p, ICD_10, "F20.0", null, null)).status(), "clinicians record");
    }

    @Test
    void badConditionsAreRefusedNamingTheFieldAndNothingIsSaved() throws SQLException {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        assertNamed(post("Condition", token, condition(p, ICD_10, "F99.99", null, null)), 400, "Condition.code");
        assertNamed(post("Condition", token, condition(p, "http://example.org/codes", "X1", null, null)), 400, "Condition.code");
        assertNamed(post("Condition", token, condition(p, null, null, null, null)), 400, "Condition.code");
        assertNamed(post("Condition", token, condition(p, ICD_10, "F20.0", null, "problem-list-item")), 400, "Condition.category");
        assertNamed(post("Condition", token, condition(p, null, null, "Low mood", "symptom")), 400, "Condition.category");
        assertNamed(post("Condition", token, condition(null, ICD_10, "F20.0", null, null)), 400, "Condition.subject");
        Condition future = condition(p, ICD_10, "F20.0", null, null);
        future.setOnset(new DateTimeType(LocalDate.of(2030, 1, 1).toString()));
        assertNamed(post("Condition", token, future), 422, "Condition.onsetDateTime");
        Condition year = condition(p, ICD_10, "F20.0", null, null);
        year.setOnset(new DateTimeType("2019"));
        assertNamed(post("Condition", token, year), 400, "Condition.onsetDateTime");
        Condition resolved = condition(p, ICD_10, "F20.0", null, null);
        resolved.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "resolved", null)));
        assertNamed(post("Condition", token, resolved), 422, "Condition.clinicalStatus");
        Condition primaryProblem = condition(p, SNOMED, "73211009", null, null);
        primaryProblem.addExtension(new Extension(PRIMARY, new BooleanType(true)));
        assertNamed(post("Condition", token, primaryProblem), 422, "Condition.extension");
        Condition badSubmission = condition(p, ICD_10, "F20.0", null, null);
        badSubmission.addIdentifier().setSystem(SUBMISSION).setValue("again-please");
        assertNamed(post("Condition", token, badSubmission), 400, "Condition.identifier");
        assertNamed(post("Condition", token, condition(p, null, null, "<script>alert(1)</script>", null)), 400, "Condition.code.text");
        assertEquals(0, rows("problem", p), "nothing saved");
    }

    @Test
    void aClinicianRecordsFlagsThroughTheApiAsTheAlertsFormDoes_oncePerSubmission() throws SQLException {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        LocalDate review = ServerClock.today().plusDays(30);
        Flag self = flag(p, "risk-to-self", "high", review, "Ligature risk; see the crisis plan");
        self.addIdentifier().setSystem(SUBMISSION).setValue(UUID.randomUUID().toString());
        var made = post("Flag", token, self);
        assertEquals(201, made.status(), made.body());
        assertConforms(made.body());
        Flag back = Fhir.parse(Flag.class, made.body());
        assertEquals(Flag.FlagStatus.ACTIVE, back.getStatus());
        assertEquals("risk-to-self", back.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("Risk to self (high): Ligature risk; see the crisis plan", back.getCode().getText());
        assertEquals(review.toString(), back.getExtensionByUrl(RISK + "StructureDefinition/risk-review-date").getValue().primitiveValue());
        assertConforms(Http.get(FHIR + "Flag/" + back.getIdPart(), token).body());
        var again = post("Flag", token, self);
        assertEquals(200, again.status(), again.body());
        assertEquals(back.getIdPart(), Fhir.parse(Flag.class, again.body()).getIdPart());
        assertEquals(1, rows("risk_alert", p), "recorded once");
        assertEquals(1, Fhir.bundle(Http.get(FHIR + "Flag?patient=" + p + "&status=active", token)).getTotal());
        assertEquals(403, post("Flag", Tokens.of("rat.pharmacist"), flag(p, "safeguarding", "low", review, "x")).status());
    }

    @Test
    void badFlagsAreRefusedNamingTheFieldAndNothingIsSaved() throws SQLException {
        String token = Tokens.of("rat.clinician");
        String p = patient(token);
        LocalDate review = ServerClock.today().plusDays(30);
        assertNamed(post("Flag", token, flag(p, null, "high", review, "Details")), 400, "Flag.category");
        assertNamed(post("Flag", token, flag(p, "risk-to-cats", "high", review, "Details")), 400, "Flag.category");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", "extreme", review, "Details")), 400, "Flag.extension");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", null, review, "Details")), 400, "Flag.extension");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", "low", review, null)), 400, "Flag.code.text");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", "low", ServerClock.today().minusDays(1), "Details")), 422, "Flag.extension");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", "low", ServerClock.today().plusYears(2), "Details")), 422, "Flag.extension");
        assertNamed(post("Flag", token, flag(p, "risk-to-self", "low", null, "Details")), 400, "Flag.extension");
        Flag inactive = flag(p, "risk-to-self", "low", review, "Details");
        inactive.setStatus(Flag.FlagStatus.INACTIVE);
        assertNamed(post("Flag", token, inactive), 422, "Flag.status");
        assertNamed(post("Flag", token, flag(null, "risk-to-self", "low", review, "Details")), 400, "Flag.subject");
        assertEquals(0, rows("risk_alert", p), "nothing saved");
    }
}
