package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.export.ExportArchive;
import org.openepr.platform.export.ExportFolder;
import org.openepr.platform.export.ExportJob;
import org.openepr.platform.export.ExportJobs;
import org.openepr.platform.export.ExportRunner;
import org.openepr.platform.export.ExportState;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportRequests;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The steps of an export → import → export round trip, for in-server tests (each module's round trip and the
 * whole-trust one): a new trust, work as its admin, an export to disk and as the archive the admin downloads, an
 * import waited for, the job's id map, and each type's resources in a canonical form to compare (no id, no meta, old
 * ids read through the id map, the old trust's code read as the new one's).
 */
public final class RoundTrip {

    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RoundTrip() {
    }

    /** A new trust with a random code and the given modules, on the default release. */
    public static OdsCode newTrust(String name, List<String> modules) {
        OdsCode code = OdsCode.of("I" + UUID.randomUUID().toString().replaceAll("[^0-9a-f]", "").substring(0, 5).toUpperCase());
        Beans.get(TrustRegistry.class).onboardOrDescribe(
                new Trust(code, "Import " + name + " NHS Trust", name, "#005EB8", modules, "epr", Instant.now()));
        return code;
    }

    /** Work in a request of its own, as the trust's admin (who is also a clinician, to write records). */
    public static <T> T as(OdsCode ods, String user, Callable<T> work) {
        return AsAnotherUser.run(ods.value(), user, Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN), work);
    }

    /**
     * Registers {@code count} patients of varied demographics in the current trust (run inside {@link #as}); their ids.
     * The records other modules' round trips hang on them.
     */
    public static List<UUID> patients(int count) {
        RegisterPatient register = Beans.get(RegisterPatient.class);
        List<String> numbers = nhsNumbers(count);
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            register.register(id, new PatientForm(numbers.get(i), "Roundtrip" + (char) ('a' + i % 26), "Rita",
                    "19" + (40 + i % 60) + "-0" + (1 + i % 9) + "-1" + (i % 9), i % 2 == 0 ? "female" : "male",
                    i + " Import Way", i % 3 == 0 ? "Flat " + i : null, "Leeds", "LS1 4AP", i % 5 == 0 ? null : "B82005",
                    i % 5 == 0, i % 4 == 0 ? "0113 496 " + String.format("%04d", i % 10000) : null, null,
                    i % 7 == 0 ? "Kim Kin" : null, i % 7 == 0 ? "Sister" : null, null, i % 11 == 0 ? "pl" : null,
                    i % 11 == 0, i % 13 == 0 ? "A" : null, null));
            ids.add(id);
        }
        return ids;
    }

    /** Exports the current trust and waits for it; the folder of its files. */
    public static Path export(OdsCode ods) throws Exception {
        ExportJobs exports = Beans.get(ExportJobs.class);
        ExportJob job = exports.request(ExportJob.Via.SCREEN);
        assertEquals(ExportRunner.Outcome.DONE, Beans.get(ExportRunner.class).start(ods, job.id()).get(5, TimeUnit.MINUTES));
        assertEquals(ExportState.DONE, exports.status(job.id()).job().state());
        return Beans.get(ExportFolder.class).of(ods, job.id());
    }

    /** The current trust's latest export as the zip its admin downloads. */
    public static byte[] archive(Path dir) throws Exception {
        ExportJobs exports = Beans.get(ExportJobs.class);
        ExportJob latest = exports.latest(1).get(0);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ExportArchive.write(exports.download(latest.id(), "archive"), dir, zip);
        return zip.toByteArray();
    }

    /** Uploads the archive into the current trust as its admin does. */
    public static ImportJob upload(byte[] archive) {
        return Beans.get(ImportRequests.class).request(new ByteArrayInputStream(archive));
    }

    /** Polls the current trust's import until it says it is finished (as the page does), five minutes at most. */
    public static ImportJobs.Status waitForImport(UUID job) throws InterruptedException {
        ImportJobs imports = Beans.get(ImportJobs.class);
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            ImportJobs.Status status = imports.status(job);
            if (status.job().state().isFinished() || System.nanoTime() > until) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    /** The import's id map as the job saved it (old id -> new id), read as the application in the trust. */
    public static Map<String, String> idMap(OdsCode ods, UUID job) throws Exception {
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

    /** One number from a query in the trust (row-level security applying). */
    public static long rows(OdsCode ods, String sql) throws Exception {
        return inTrust(ods, c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public interface Sql<T> {
        T run(java.sql.Connection c) throws Exception;
    }

    /** On the application's own data source, as the trust (row-level security applying); rolled back. */
    public static <T> T inTrust(OdsCode ods, Sql<T> work) throws Exception {
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

    /** Each type's resources, canonical, sorted (records of one millisecond may come in another order). */
    public static Map<String, List<String>> resources(Path dir, UnaryOperator<String> canonical, Predicate<String> keep)
            throws Exception {
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
    public static String canonical(String line, Map<String, String> ids, OdsCode from, OdsCode to) {
        Matcher m = UUIDS.matcher(line);
        StringBuilder mapped = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(mapped, ids.getOrDefault(m.group(), m.group()));
        }
        m.appendTail(mapped);
        JsonObject o = Json.createReader(new StringReader(mapped.toString().replace("\"" + from.value() + "\"", "\"" + to.value() + "\"")))
                .readObject();
        return Json.createObjectBuilder(o).remove("id").remove("meta").build().toString();
    }

    /**
     * The first export (read through the import's id map) and the second, type by type: the same types, counts and
     * resources. {@code keepSecond} leaves out the new trust's own lines (its admin's import and export in the trail).
     * The number of resources compared.
     */
    public static long assertSameContent(Path first, Path second, Map<String, String> ids, OdsCode source, OdsCode target,
            Predicate<String> keepSecond) throws Exception {
        Map<String, List<String>> before = resources(first, s -> canonical(s, ids, source, target), l -> true);
        Map<String, List<String>> after = resources(second, s -> canonical(s, Map.of(), target, target), keepSecond);
        assertEquals(before.keySet(), after.keySet(), "the same types");
        long total = 0;
        for (String type : before.keySet()) {
            assertEquals(before.get(type).size(), after.get(type).size(), type + ": the same count");
            assertEquals(before.get(type), after.get(type), type + ": the same resources");
            total += before.get(type).size();
        }
        return total;
    }

    /** The zip with one entry changed (the test asserts the change changed something). */
    public static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) throws Exception {
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

    /**
     * The zip with the lines of one file that {@code drop} accepts left out, and the manifest's count, bytes, SHA-256 and
     * total made to match: an archive as an export would have written it had those records not been there.
     */
    public static byte[] withoutLines(byte[] zip, String file, Predicate<String> drop) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        StringBuilder kept = new StringBuilder();
        long count = 0;
        for (String line : new String(entries.get(file), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !drop.test(line)) {
                kept.append(line).append('\n');
                count++;
            }
        }
        byte[] content = kept.toString().getBytes(StandardCharsets.UTF_8);
        assertFalse(content.length == entries.get(file).length, "the test dropped a line of " + file);
        return withFile(entries, file, content, count);
    }

    /**
     * The zip with one file changed and the manifest's bytes and SHA-256 made to match it: tampered by someone who knows
     * the format, so only the import's own checks of the content can refuse it.
     */
    public static byte[] tampered(byte[] zip, String file, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = entries(zip);
        String before = new String(entries.get(file), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the test changed " + file);
        return withFile(entries, file, after.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The archive with the file's new content and the manifest made to match (its count too, when given). */
    private static byte[] withFile(Map<String, byte[]> entries, String file, byte[] content, Long count) throws Exception {
        entries.put(file, content);
        JsonObject manifest = Json.createReader(new StringReader(new String(entries.get(ExportFolder.MANIFEST), StandardCharsets.UTF_8)))
                .readObject();
        var files = Json.createArrayBuilder();
        long total = 0;
        for (JsonObject f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            if (f.getString("file").equals(file)) {
                var changed = Json.createObjectBuilder(f).add("bytes", content.length)
                        .add("sha256", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content)));
                f = (count == null ? changed : changed.add("count", count)).build();
            }
            total += f.getJsonNumber("count").longValue();
            files.add(f);
        }
        entries.put(ExportFolder.MANIFEST, Json.createObjectBuilder(manifest).add("files", files).add("total", total).build().toString()
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Distinct NHS numbers 999xxxxxx with a valid check digit, from a random start. */
    public static List<String> nhsNumbers(int count) {
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
