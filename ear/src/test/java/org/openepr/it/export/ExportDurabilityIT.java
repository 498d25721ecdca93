package org.openepr.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Db;
import org.openepr.it.support.TestServer;
import org.openepr.it.support.Tokens;

/**
 * A restart in the middle of an export: the server is killed (kill -9) while the job is writing a trust's audit trail
 * of 100,000 lines, started again as the build started it, and resumes the job by itself at start. The finished file
 * holds every line of the trail once, and its SHA-256 is the manifest's.
 */
class ExportDurabilityIT {

    static final String TRUST = "RWK";
    static final int LINES = 100_000;

    @Test
    void anExportCutOffByAKillResumesAtStartWithEveryLineOnce() throws Exception {
        Duration serverAhead = TestServer.clockAhead();
        try (Connection c = Db.asSuperuser()) {
            try (var st = c.prepareStatement("insert into audit_event (trust, id, at, actor, actor_name, action, resource_type, resource_id, detail)"
                    + " select ?, gen_random_uuid(), now() - make_interval(secs => g), 'rwk.clinician', 'Bulk Line', 'PATIENT_VIEWED', 'Patient',"
                    + " gen_random_uuid()::text, 'restart test line ' || g from generate_series(1, ?) g")) {
                st.setString(1, TRUST);
                st.setInt(2, LINES);
                assertEquals(LINES, st.executeUpdate());
            }
        }
        String admin = Tokens.of("rwk.admin");
        var kicked = TrustExportIT.kickOff(admin);
        assertEquals(202, kicked.status(), kicked.toString());
        String statusUrl = kicked.header("Content-Location");
        String job = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);

        long writtenAtKill;
        try (Connection c = Db.asSuperuser()) {
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while ((writtenAtKill = Db.count(c, "select coalesce((select written from export_file where job_id = ?::uuid and resource_type = 'AuditEvent'), 0)", job)) == 0) {
                assertTrue(System.nanoTime() < until, "the export reaches the audit trail");
                Thread.sleep(20);
            }
        }
        TestServer.killHard();
        try (Connection c = Db.asSuperuser()) {
            long written = Db.count(c, "select coalesce((select written from export_file where job_id = ?::uuid and resource_type = 'AuditEvent'), 0)", job);
            assertTrue(written >= writtenAtKill && written < LINES, "killed in the middle of the trail: " + written + " of more than " + LINES);
            assertEquals(1, Db.count(c, "select count(*) from export_job where id = ?::uuid and state = 'RUNNING'", job));
        }
        TestServer.restart(Instant.now().plus(serverAhead));

        JsonObject bulk = TrustExportIT.awaitManifest(statusUrl, Tokens.of("rwk.admin"));
        assertNotNull(bulk.getJsonArray("output"));
        Path dir = ExportFiles.dir(TRUST, job);
        JsonObject manifest = ExportFiles.manifest(dir);
        long trail;
        try (Connection c = Db.asSuperuser()) {
            trail = Db.count(c, "select count(*) from audit_event where trust = ?", TRUST);
        }
        for (var f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            byte[] bytes = Files.readAllBytes(dir.resolve(f.getString("file")));
            assertEquals(f.getString("sha256"), ExportFiles.sha256(bytes), f.getString("type"));
            long lines = ExportFiles.ids(f.getString("type"), new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).size();
            assertEquals(f.getJsonNumber("count").longValue(), lines, f.getString("type"));
            if (f.getString("type").equals("AuditEvent")) {
                assertTrue(lines > LINES && lines <= trail, "every line of the trail once: " + lines + " (trail now " + trail + ")");
            }
        }
    }
}
