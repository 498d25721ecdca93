package org.openepr.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.CaseRecordResources;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.EpisodeFixtures;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.MedicineOrders;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;

/**
 * The whole-trust export through the FHIR Bulk Data API, against the running server: a trust with records in every
 * module is exported; each file holds exactly the rows of its table for that trust (counted in the database), each
 * resource once, its references resolving inside the export; the manifest's SHA-256 match the files; and nobody but
 * the trust's own admin reaches any of it (another trust's admin: not there; the operator and clinicians: refused).
 */
class TrustExportIT {

    static final String TRUST = "RKL";
    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final Duration PATIENCE = Duration.ofMinutes(3);

    /** Each exported type and the rows it comes from, for one trust. */
    static final Map<String, String> ROWS = new LinkedHashMap<>();

    static {
        ROWS.put("Patient", "select count(*) from patient where trust = ?");
        ROWS.put("Schedule", "select count(*) from clinic where trust = ?");
        ROWS.put("Slot", "select count(*) from slot where trust = ?");
        ROWS.put("Appointment", "select count(*) from booking where trust = ?");
        ROWS.put("AllergyIntolerance", "select count(*) from allergy where trust = ?");
        ROWS.put("MedicationRequest", "select count(*) from medication_order where trust = ?");
        ROWS.put("MedicationStatement", "select count(*) from medication_order where trust = ?");
        ROWS.put("Condition", "select count(*) from problem where trust = ?");
        ROWS.put("Flag", "select count(*) from risk_alert where trust = ?");
        ROWS.put("Observation", "select count(*) from observation where trust = ?");
        ROWS.put("CareTeam", "select count(*) from (select distinct patient_id, service_key from care_team_member where trust = ?) t");
        ROWS.put("DocumentReference", "select count(*) from clinical_note where trust = ?");
        ROWS.put("EpisodeOfCare", "select count(*) from episode_of_care where trust = ?");
        ROWS.put("Encounter", "select count(*) from episode_of_care where trust = ? and kind = 'INPATIENT'");
        ROWS.put("Composition", "select count(*) from discharge_summary where trust = ?");
        ROWS.put("Bundle", "select count(*) from discharge_summary_version where trust = ? and document is not null");
        ROWS.put("Task", "select count(*) from summary_dispatch where trust = ?");
    }

    static Patient patient;

    /** Records in every module of the trust: through the API where it takes them, as fixtures where it does not. */
    @BeforeAll
    static void aTrustWithRecordsInEveryModule() throws Exception {
        String clinician = Tokens.of("rkl.clinician");
        patient = Fhir.register(clinician, Fhir.patient(NhsNumbers.next(), Names.unique("Export"), "Ella", "1970-02-03"));
        Patient other = Fhir.register(clinician, Fhir.patient(NhsNumbers.next(), Names.unique("Export"), "Evan", "1982-11-30"));
        UUID id = UUID.fromString(patient.getIdPart());
        LocalDateTime now = ServerClock.now();
        var slot = ClinicFixtures.slot(TRUST, 2, now.plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0));
        ClinicFixtures.booking(slot, id, "BOOKED");
        ClinicFixtures.booking(slot, UUID.fromString(other.getIdPart()), "BOOKED");
        var nkda = new org.hl7.fhir.r4.model.AllergyIntolerance();
        nkda.setPatient(new org.hl7.fhir.r4.model.Reference("Patient/" + patient.getIdPart()));
        nkda.setCode(new org.hl7.fhir.r4.model.CodeableConcept(new org.hl7.fhir.r4.model.Coding("http://snomed.info/sct", "409137002",
                "No known drug allergy")));
        post("AllergyIntolerance", clinician, nkda);
        MedicineOrders.prescribe(clinician, patient.getIdPart(), "Sertraline 50mg tablets", "50");
        assertEquals(201, post("Condition", clinician, CaseRecordResources.condition(patient.getIdPart(), "http://hl7.org/fhir/sid/icd-10", "F32.1", null, null)));
        assertEquals(201, post("Flag", clinician, CaseRecordResources.flag(patient.getIdPart(), "risk-to-self", "high",
                ServerClock.today().plusDays(30), "Exported risk")));
        assertEquals(201, post("Observation", clinician, CaseRecordResources.vital(patient.getIdPart(), "29463-7", now.minusHours(1), "71.5", "kg")));
        var note = Http.post(FHIR + "DocumentReference", clinician, CaseRecordResources.note(patient.getIdPart(), "Progress note",
                "Seen for the export test.", UUID.randomUUID().toString(), null), Map.of());
        assertEquals(201, note.status(), note.body());
        // a care team of two in one service and one member in another: two CareTeams, as the API groups them
        try (Connection c = Db.asSuperuser()) {
            careTeamMember(c, id, "Memory Service", "CARE_COORDINATOR", true, 3);
            careTeamMember(c, id, "memory  service", "PSYCHOLOGIST", false, 2);
            careTeamMember(c, id, "Crisis Team", "SOCIAL_WORKER", false, 1);
        }
        EpisodeFixtures.admission(TRUST, id, now.minusDays(4), "rkl.clinician", null);
        EpisodeFixtures.communityEpisode(TRUST, UUID.fromString(other.getIdPart()), "Memory Service", LocalDate.from(now.minusDays(20)),
                "rkl.clinician", null);
    }

    static void careTeamMember(Connection c, UUID patientId, String service, String role, boolean lead, int daysAgo) throws Exception {
        try (var st = c.prepareStatement("insert into care_team_member (trust, id, patient_id, service, service_key, staff_user_id, role, lead,"
                + " start_date, added_by, added_at) values (?, ?, ?, ?, ?, 'rkl.export.fixture', ?, ?, ?, 'fixture', now() - make_interval(days => ?))")) {
            // not a real login: ObservationsScreensIT expects rkl.clinician in nobody's care team
            st.setString(1, TRUST);
            st.setObject(2, UUID.randomUUID());
            st.setObject(3, patientId);
            st.setString(4, service);
            st.setString(5, service.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
            st.setString(6, role);
            st.setBoolean(7, lead);
            st.setObject(8, ServerClock.today().minusDays(daysAgo));
            st.setInt(9, daysAgo);
            st.executeUpdate();
        }
    }

    static int post(String type, String token, org.hl7.fhir.r4.model.Resource body) {
        var made = Http.post(FHIR + type, token, Fhir.json(body), Map.of());
        assertTrue(made.status() == 201, type + ": " + made);
        return made.status();
    }

    static Http.Answer kickOff(String token) {
        Map<String, String> headers = new HashMap<>(Map.of("Prefer", "respond-async", "Accept", "application/fhir+json"));
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return Http.request("GET", FHIR + "$export", headers, null);
    }

    static Http.Answer as(String method, String url, String token) {
        return Http.request(method, url, Map.of("Authorization", "Bearer " + token, "Accept", "application/fhir+json"), null);
    }

    /** Polls the status URL as the Bulk Data client does: 202 with X-Progress, then 200 with the manifest. */
    static JsonObject awaitManifest(String statusUrl, String token) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            var status = as("GET", statusUrl, token);
            if (status.status() == 200) {
                return Json.createReader(new StringReader(status.body())).readObject();
            }
            assertEquals(202, status.status(), "while running: " + status);
            assertTrue(Pattern.matches("\\d{1,3}% \\(\\d+ of \\d+ resources\\)", status.header("X-Progress")), status.header("X-Progress"));
            assertTrue(System.nanoTime() < until, "the export finishes within " + PATIENCE + ": " + status.header("X-Progress"));
            Thread.sleep(250);
        }
    }

    @Test
    void theTrustAdminExportsEveryResourceOfEveryModuleOverBulkData() throws Exception {
        String admin = Tokens.of("rkl.admin");
        long auditBefore;
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = Db.asSuperuser()) {
            for (var e : ROWS.entrySet()) {
                rows.put(e.getKey(), Db.count(c, e.getValue(), TRUST));
            }
            auditBefore = Db.count(c, "select count(*) from audit_event where trust = ?", TRUST);
        }
        // every type but the discharge summaries' (drafted and signed in the server's own tests): their counts are checked all the same
        ROWS.keySet().stream().filter(t -> !t.equals("Composition") && !t.equals("Bundle") && !t.equals("Task"))
                .forEach(t -> assertTrue(rows.get(t) > 0, "the trust holds " + t + " records to export"));

        var kicked = kickOff(admin);
        assertEquals(202, kicked.status(), kicked.toString());
        String statusUrl = kicked.header("Content-Location");
        assertNotNull(statusUrl, "the status URL");
        assertTrue(statusUrl.startsWith(Env.BASE_URL + "/fhir/$export/"), statusUrl);
        JsonObject bulk = awaitManifest(statusUrl, admin);
        assertTrue(bulk.getBoolean("requiresAccessToken"));
        assertEquals(FHIR + "$export", bulk.getString("request"));
        assertNotNull(bulk.getString("transactionTime"));

        String job = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        Path dir = ExportFiles.dir(TRUST, job);
        JsonObject manifest = ExportFiles.manifest(dir);
        assertEquals(TRUST, manifest.getString("trust"));
        assertEquals(bulk.getString("transactionTime"), manifest.getString("transactionTime"));

        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Long> bulkCounts = new HashMap<>();
        for (var out : bulk.getJsonArray("output").getValuesAs(JsonObject.class)) {
            var file = as("GET", out.getString("url"), admin);
            assertEquals(200, file.status(), out.getString("url"));
            assertTrue(file.header("Content-Type").startsWith("application/fhir+ndjson"), file.header("Content-Type"));
            files.put(out.getString("type"), file.body());
            bulkCounts.put(out.getString("type"), out.getJsonNumber("count").longValue());
        }
        for (var f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            String type = f.getString("type");
            byte[] onDisk = Files.readAllBytes(dir.resolve(f.getString("file")));
            assertEquals(f.getString("sha256"), ExportFiles.sha256(onDisk), type + ": the manifest's SHA-256 is the file's");
            assertEquals(f.getString("sha256"), ExportFiles.sha256(files.get(type).getBytes(StandardCharsets.UTF_8)),
                    type + ": the file served is the file written");
            long lines = ExportFiles.ids(type, files.get(type)).size();
            assertEquals(f.getJsonNumber("count").longValue(), lines, type + ": the manifest counts every line");
            assertEquals(bulkCounts.get(type), lines, type + ": the Bulk Data manifest counts every line");
        }
        for (var e : rows.entrySet()) {
            assertTrue(files.containsKey(e.getKey()), "a file of " + e.getKey() + ": " + files.keySet());
            assertEquals(e.getValue().longValue(), ExportFiles.ids(e.getKey(), files.get(e.getKey())).size(),
                    e.getKey() + ": every record of the trust, no cap");
        }
        long audited = ExportFiles.ids("AuditEvent", files.get("AuditEvent")).size();
        assertTrue(audited >= auditBefore, "the audit trail as it stood when the export ran: " + audited + " of at least " + auditBefore);
        assertTrue(files.get("Patient").contains(patient.getIdPart()), "the new patient is in the export");
        assertTrue(ExportFiles.checkReferences(files) > 0, "references were checked");
        assertTrue(files.get("Appointment").lines().allMatch(a -> Pattern.compile("\"reference\":\"Patient/[0-9a-f-]{36}\"").matcher(a).find()),
                "every appointment names its patient (and each such patient is in Patient.ndjson)");
    }

    @Test
    void onlyTheTrustsOwnAdminReachesItsExport() throws Exception {
        String admin = Tokens.of("rkl.admin");
        var kicked = kickOff(admin);
        assertEquals(202, kicked.status(), kicked.toString());
        String statusUrl = kicked.header("Content-Location");
        JsonObject bulk = awaitManifest(statusUrl, admin);
        String fileUrl = bulk.getJsonArray("output").getJsonObject(0).getString("url");
        String otherAdmin = Tokens.of("taf.admin");
        assertEquals(404, as("GET", statusUrl, otherAdmin).status(), "another trust's admin: no such export");
        assertEquals(404, as("GET", fileUrl, otherAdmin).status(), "another trust's admin: no such file");
        assertEquals(404, as("DELETE", statusUrl, otherAdmin).status(), "another trust's admin cannot cancel it");
        String operator = Tokens.of("operator");
        assertEquals(403, kickOff(operator).status(), "the operator sees no patient data: no export");
        assertEquals(403, as("GET", statusUrl, operator).status());
        assertEquals(403, as("GET", fileUrl, operator).status());
        assertEquals(403, as("DELETE", statusUrl, operator).status());
        assertEquals(403, kickOff(Tokens.of("rkl.clinician")).status(), "a clinician may not export the trust");
        assertEquals(403, as("GET", fileUrl, Tokens.of("rkl.clinician")).status());
        assertEquals(401, kickOff(null).status(), "no token, nothing");
        var noPrefer = as("GET", FHIR + "$export", admin);
        assertEquals(400, noPrefer.status(), "the kick-off asks for an asynchronous answer");
        assertTrue(Fhir.diagnostics(noPrefer).contains("respond-async"), noPrefer.body());
        assertEquals(404, as("GET", FHIR + "$export/" + UUID.randomUUID(), admin).status());
        assertEquals(404, as("GET", FHIR + "$export/not-a-job", admin).status());
        assertEquals(200, as("GET", statusUrl, admin).status(), "its own admin still reads it");
    }

    @Test
    void aRunningExportIsCancelledByDelete() throws Exception {
        String admin = Tokens.of("rkl.admin");
        var kicked = kickOff(admin);
        assertEquals(202, kicked.status(), kicked.toString());
        String statusUrl = kicked.header("Content-Location");
        var cancelled = as("DELETE", statusUrl, admin);
        assertEquals(202, cancelled.status(), cancelled.toString());
        var after = as("GET", statusUrl, admin);
        // cancelled while running (404), or it had already finished: either way no export is left running
        assertTrue(after.status() == 404 || after.status() == 200, after.toString());
        var next = kickOff(admin);
        assertEquals(202, next.status(), "a new export may start once none is running: " + next);
        awaitManifest(next.header("Content-Location"), admin);
    }
}
