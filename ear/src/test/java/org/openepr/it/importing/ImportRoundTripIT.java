package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.export.ExportArchive;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.export.ExportJob;
import org.openepr.platform.export.ExportJobs;
import org.openepr.platform.export.ExportRunner;
import org.openepr.platform.export.ExportState;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportArchive;
import org.openepr.platform.importing.ImportFolder;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportRequests;
import org.openepr.platform.importing.ImportRunner;
import org.openepr.platform.importing.ImportState;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustRegistry;

/**
 * A whole-trust export loaded into a new, empty trust and exported again gives the same content: every resource of
 * every type, compared field by field without ids and meta, with the references the import remapped followed through
 * its id map (and the trust's own ODS code read as the new trust's). Over 10,000 resources (5,000 patients and the
 * 5,000 lines of the trail their registrations wrote). A tampered archive, a non-empty trust, another trust's admin and
 * a clinician are refused, and a refusal writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRoundTripIT {

    static final int PATIENTS = 5_000;
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-import-it", AsAnotherUser.class);
    }

    @Inject TrustRegistry registry;
    @Inject RegisterPatient register;
    @Inject ExportJobs exports;
    @Inject ExportRunner exportRunner;
    @Inject ExportFolder exportFolder;
    @Inject ImportJobs imports;
    @Inject ImportRequests importRequests;
    @Inject ImportRunner importRunner;
    @Inject ImportFolder importFolder;

    @Test
    void aRoundTripGivesTheSameContentAndRefusalsWriteNothing() throws Exception {
        OdsCode source = newTrust("Source");
        String sourceAdmin = "it.import.source.admin";
        List<String> numbers = nhsNumbers(PATIENTS);
        as(source, sourceAdmin, () -> {
            for (int i = 0; i < PATIENTS; i++) {
                register.register(UUID.randomUUID(), new PatientForm(numbers.get(i), "Roundtrip" + (char) ('a' + i % 26), "Rita",
                        "19" + (40 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 9), i % 2 == 0 ? "female" : "male",
                        i + " Import Way", i % 3 == 0 ? "Flat " + i : null, "Leeds", "LS1 4AP", i % 5 == 0 ? null : "B82005",
                        i % 5 == 0, i % 4 == 0 ? "0113 496 " + String.format("%04d", i % 10000) : null, null,
                        i % 7 == 0 ? "Kim Kin" : null, i % 7 == 0 ? "Sister" : null, null, i % 11 == 0 ? "pl" : null,
                        i % 11 == 0, i % 13 == 0 ? "A" : null, null));
            }
            return null;
        });
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] archive = as(source, sourceAdmin, () -> archive(first));

        // a clinician may not import, nor read the jobs
        OdsCode target = newTrust("Target");
        String targetAdmin = "it.import.target.admin";
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(target.value(), "it.import.clinician", Set.of(Roles.CLINICIAN),
                () -> importRequests.request(new ByteArrayInputStream(archive))));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run(target.value(), "it.import.clinician", Set.of(Roles.CLINICIAN),
                () -> imports.latest(10)));

        // tampered: one byte of the patients changed; then a manifest count changed; nothing is written either time
        InvalidInputException tampered = assertThrows(InvalidInputException.class, () -> as(target, targetAdmin,
                () -> importRequests.request(new ByteArrayInputStream(rewrite(archive, "Patient.ndjson", s -> s.replaceFirst("Rita", "Ritb"))))));
        assertTrue(tampered.getMessage().contains("tampered or incomplete: Patient.ndjson checksum does not match"), tampered.getMessage());
        InvalidInputException counted = assertThrows(InvalidInputException.class, () -> as(target, targetAdmin,
                () -> importRequests.request(new ByteArrayInputStream(rewrite(archive, "manifest.json",
                        s -> s.replace("\"count\":" + PATIENTS + ",", "\"count\":" + (PATIENTS - 1) + ","))))));
        assertTrue(counted.getMessage().contains("Patient.ndjson holds " + PATIENTS + " resources, the manifest says " + (PATIENTS - 1)),
                counted.getMessage());
        assertTrue(as(target, targetAdmin, () -> imports.latest(10)).isEmpty(), "no job was made");
        assertEquals(0, rows(target, "select count(*) from patient"), "no patient was written");
        assertEquals(0, rows(target, "select count(*) from import_job"), "no job row");
        assertEquals(0, rows(target, "select count(*) from audit_event where action like 'TRUST_IMPORT%'"), "no import in the trail");

        // the archive as exported loads; the new trust's admin follows it
        ImportJob job = as(target, targetAdmin, () -> importRequests.request(new ByteArrayInputStream(archive)));
        ImportJobs.Status loaded = as(target, targetAdmin, () -> waitForImport(job.id()));
        assertEquals(ImportState.DONE, loaded.job().state(), "failure: " + loaded.job().failure());
        assertEquals(loaded.job().expected(), loaded.job().loaded());
        assertTrue(loaded.job().loaded() >= 10_000, "at least 10,000 resources: " + loaded.job().loaded());
        assertEquals(PATIENTS, rows(target, "select count(*) from patient"));

        // a second import into the now full trust is refused, naming what it holds
        ConflictException full = assertThrows(ConflictException.class, () -> as(target, targetAdmin,
                () -> importRequests.request(new ByteArrayInputStream(archive))));
        assertTrue(full.getMessage().contains("This trust is not empty (it holds " + PATIENTS + " Patient)"), full.getMessage());

        // another trust's admin finds no such job and lists none
        assertThrows(RecordNotFoundException.class, () -> as(source, sourceAdmin, () -> imports.status(job.id())));
        assertTrue(as(source, sourceAdmin, () -> imports.latest(10)).isEmpty());

        // export the new trust and compare, type by type
        Path second = as(target, targetAdmin, () -> export(target));
        Map<String, String> ids = idMap(target, job.id());
        assertEquals(PATIENTS, ids.size(), "every patient got a new id");
        Map<String, List<String>> before = resources(first, s -> canonical(s, ids, source, target), l -> true);
        Map<String, List<String>> after = resources(second, s -> canonical(s, Map.of(), target, target),
                l -> !l.contains(targetAdmin) && !l.contains("service:importer"));
        assertEquals(before.keySet(), after.keySet(), "the same types");
        long total = 0;
        for (String type : before.keySet()) {
            assertEquals(before.get(type).size(), after.get(type).size(), type + ": the same count");
            assertEquals(before.get(type), after.get(type), type + ": the same resources");
            total += before.get(type).size();
        }
        assertTrue(total >= 10_000, "at least 10,000 resources compared: " + total);
    }

    @Test
    void aTrustWithRecordsIsRefusedAndNothingIsWritten() throws Exception {
        OdsCode full = newTrust("Full");
        String admin = "it.import.full.admin";
        as(full, admin, () -> register.register(UUID.randomUUID(), new PatientForm(nhsNumbers(1).get(0), "Present",
                "Pat", "1970-01-01", "female", "1 Here", null, "Leeds", "LS1 4AP", "B82005")));
        Path first = as(full, admin, () -> export(full));
        byte[] archive = as(full, admin, () -> archive(first));
        ConflictException e = assertThrows(ConflictException.class, () -> as(full, admin,
                () -> importRequests.request(new ByteArrayInputStream(archive))));
        assertTrue(e.getMessage().contains("This trust is not empty (it holds 1 Patient)"), e.getMessage());
        assertEquals(0, rows(full, "select count(*) from import_job"), "no job was made");
        assertEquals(1, rows(full, "select count(*) from patient"), "nothing was added");
    }

    @Test
    void anImportStoppedAfterTwoBatchesResumesWithEveryRecordOnce() throws Exception {
        int patients = 450;
        OdsCode source = newTrust("Resume source");
        String sourceAdmin = "it.import.resume.source";
        List<String> numbers = nhsNumbers(patients);
        as(source, sourceAdmin, () -> {
            for (int i = 0; i < patients; i++) {
                register.register(UUID.randomUUID(), new PatientForm(numbers.get(i), "Resumed", "Rae", "1965-04-0" + (1 + i % 9),
                        "female", "1 Resume Way", null, "Leeds", "LS1 4AP", "B82005"));
            }
            return null;
        });
        Path first = as(source, sourceAdmin, () -> export(source));
        byte[] archive = as(source, sourceAdmin, () -> archive(first));

        // the job made as the upload makes it, then run two batches of 100 and stopped, as a server stopping would
        OdsCode target = newTrust("Resume target");
        String admin = "it.import.resume.admin";
        UUID jobId = UUID.randomUUID();
        as(target, admin, () -> {
            ImportArchive.Checked checked = ImportArchive.unpack(new ByteArrayInputStream(archive), importFolder.of(target, jobId));
            List<ImportJobs.Planned> plan = checked.files().stream().filter(f -> f.count() > 0)
                    .map(f -> new ImportJobs.Planned(f.module(), f.resourceType(), f.count())).toList();
            return imports.create(jobId, checked, plan);
        });
        assertEquals(ImportRunner.Outcome.STOPPED, importRunner.start(target, jobId, 100, 2).get(2, TimeUnit.MINUTES));
        assertEquals(200, rows(target, "select count(*) from patient"), "two batches in");
        assertEquals(200, rows(target, "select count(*) from import_id"), "their ids with them");
        assertEquals(200, rows(target, "select loaded from import_file where resource_type = 'Patient'"), "the checkpoint");

        // the path the server takes at start resumes it from its checkpoint
        var executor = (jakarta.enterprise.concurrent.ManagedExecutorService) javax.naming.InitialContext.doLookup(
                "java:comp/DefaultManagedExecutorService");
        List<java.util.concurrent.CompletableFuture<ImportRunner.Outcome>> resumed = executor.submit(importRunner::resumeUnfinished)
                .get(1, TimeUnit.MINUTES);
        assertFalse(resumed.isEmpty(), "the start-up path found the unfinished job");
        for (var r : resumed) {
            r.get(3, TimeUnit.MINUTES);
        }
        ImportJobs.Status done = as(target, admin, () -> imports.status(jobId));
        assertEquals(ImportState.DONE, done.job().state(), "failure: " + done.job().failure());
        assertEquals(patients, rows(target, "select count(*) from patient"), "every patient once");
        assertEquals(patients, rows(target, "select count(distinct nhs_number) from patient"));
        assertEquals(patients, rows(target, "select count(*) from import_id"));
        long trail = done.files().stream().filter(f -> f.resourceType().equals("AuditEvent")).findFirst().orElseThrow().expected();
        assertEquals(trail, rows(target, "select count(*) from audit_event where actor = '" + sourceAdmin + "'"),
                "every line of the source's trail once");
    }

    // ---- helpers ----

    private OdsCode newTrust(String name) {
        OdsCode code = OdsCode.of("I" + UUID.randomUUID().toString().replaceAll("[^0-9a-f]", "").substring(0, 5).toUpperCase());
        registry.onboardOrDescribe(new Trust(code, "Import " + name + " NHS Trust", name, "#005EB8", List.of("patient-index"), "epr", Instant.now()));
        return code;
    }

    /** Work in a request of its own, as the trust's admin (who is also a clinician, to register the patients). */
    private static <T> T as(OdsCode ods, String user, java.util.concurrent.Callable<T> work) {
        return AsAnotherUser.run(ods.value(), user, Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN), work);
    }

    private Path export(OdsCode ods) throws Exception {
        ExportJob job = exports.request(ExportJob.Via.SCREEN);
        assertEquals(ExportRunner.Outcome.DONE, exportRunner.start(ods, job.id()).get(5, TimeUnit.MINUTES));
        assertEquals(ExportState.DONE, exports.status(job.id()).job().state());
        return exportFolder.of(ods, job.id());
    }

    private byte[] archive(Path dir) throws Exception {
        ExportJob latest = exports.latest(1).get(0);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportArchive.write(exports.download(latest.id(), "archive"), dir, zip);
        return zip.toByteArray();
    }

    private ImportJobs.Status waitForImport(UUID job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            ImportJobs.Status status = imports.status(job);
            if (status.job().state().isFinished() || System.nanoTime() > until) {
                return status;
            }
            Thread.sleep(100); // polled until the job says it is finished (the page polls the same way)
        }
    }

    /** The import's id map as the job saved it (old id -> new id), read as the application in the trust. */
    private static Map<String, String> idMap(OdsCode ods, UUID job) throws Exception {
        Map<String, String> ids = new HashMap<>();
        inTrust(ods, c -> {
            try (var st = c.prepareStatement("select old_id, new_id from import_id where job_id = ?")) {
                st.setObject(1, job);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    private static long rows(OdsCode ods, String sql) throws Exception {
        return inTrust(ods, c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    interface Sql<T> {
        T run(java.sql.Connection c) throws Exception;
    }

    /** On the application's own data source, as the trust (row-level security applying). */
    private static <T> T inTrust(OdsCode ods, Sql<T> work) throws Exception {
        try (var c = ((javax.sql.DataSource) javax.naming.InitialContext.doLookup("jdbc/epr")).getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("select set_config('epr.trust', ?, true)")) {
                st.setString(1, ods.value());
                st.execute();
            }
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    /** Each type's resources, canonical, sorted (the trail's lines of one millisecond may come in another order). */
    private static Map<String, List<String>> resources(Path dir, java.util.function.UnaryOperator<String> canonical,
            java.util.function.Predicate<String> keep) throws Exception {
        JsonObject manifest = Json.createReader(new StringReader(Files.readString(dir.resolve(ExportFolder.MANIFEST)))).readObject();
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (var f : manifest.getJsonArray("files")) {
            JsonObject file = f.asJsonObject();
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve(file.getString("file")), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && keep.test(line)) {
                    lines.add(canonical.apply(line));
                }
            }
            lines.sort(null);
            if (!lines.isEmpty()) {
                byType.put(file.getString("type"), lines);
            }
        }
        return byType;
    }

    /** Without id and meta; remapped ids as the import mapped them; the old trust's code as the new one's. */
    private static String canonical(String line, Map<String, String> ids, OdsCode from, OdsCode to) {
        Matcher m = UUIDS.matcher(line);
        StringBuilder mapped = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(mapped, ids.getOrDefault(m.group(), m.group()));
        }
        m.appendTail(mapped);
        JsonObject o = Json.createReader(new StringReader(mapped.toString().replace("\"" + from.value() + "\"", "\"" + to.value() + "\"")))
                .readObject();
        JsonObjectBuilder b = Json.createObjectBuilder(o).remove("id").remove("meta");
        return b.build().toString();
    }

    private static byte[] rewrite(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String changed = change.apply(new String(content, StandardCharsets.UTF_8));
                    assertFalse(changed.equals(new String(content, StandardCharsets.UTF_8)), "the test changed " + entry);
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Distinct NHS numbers 999xxxxxx with a valid check digit, from a random start. */
    private static List<String> nhsNumbers(int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int n = ThreadLocalRandom.current().nextInt(0, 900_000); numbers.size() < count; n++) {
            String nine = "999" + String.format("%06d", n % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                numbers.add(nine + (check == 11 ? 0 : check));
            }
        }
        return numbers;
    }
}
