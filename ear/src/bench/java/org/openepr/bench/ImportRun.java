package org.openepr.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The import half of the supplier switch (issue 11): the archive the first bench trust's export wrote, without its
 * discharge files ({@link #withoutModule}), is loaded into a new, empty trust over {@code POST /fhir/$import-archive}, as a migration tool would, while the patient-index load
 * goes on; the resources per second are the archive's resources over the time from the upload to the job's "done".
 * Each run imports into a trust of its own ({@link #prepareTarget}: a code made from the minute, written as a trust
 * file the server onboards at start, and its admin in Keycloak), since an import goes only into an empty trust.
 */
final class ImportRun {

    static final String TARGET_FILE = "import-target.txt";

    private ImportRun() {
    }

    static String admin(String code) {
        return "bench." + code.toLowerCase(Locale.ROOT) + ".admin";
    }

    /** Before the server starts: a new empty trust (file and Keycloak group with its admin); its code. */
    static String prepareTarget(Path benchDir, Keycloak keycloak, String adminToken) throws IOException {
        long minute = System.currentTimeMillis() / 60_000 % (36L * 36 * 36);
        String code = "RBI" + String.format(Locale.ROOT, "%3s", Long.toString(minute, 36)).replace(' ', '0').toUpperCase(Locale.ROOT);
        Path dir = benchDir.resolve("tenants/trusts");
        Files.createDirectories(dir);
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(dir, "RBI*.json")) {
            for (Path p : earlier) {
                Files.delete(p); // onboarded by an earlier run already; the trust stays in the database
            }
        }
        Files.writeString(dir.resolve(code + ".json"), """
                {
                  "odsCode": "%s",
                  "name": "Bench Import Target %s NHS Trust",
                  "shortName": "IMPORT",
                  "branding": { "colour": "#00A499" },
                  "modules": ["patient-index", "clinics", "medicines", "caserecord"],
                  "realm": "%s"
                }
                """.formatted(code, code, BenchConfig.realm()), StandardCharsets.UTF_8);
        keycloak.ensureTrustUser(adminToken, code, admin(code), BenchConfig.userPassword(), "IMPORT", "Admin " + code, "trust-admin");
        Files.writeString(benchDir.resolve(TARGET_FILE), code, StandardCharsets.UTF_8);
        return code;
    }

    /**
     * The archive without one module's files, its manifest's list and total made to match (the kept files and their
     * checksums are as exported). The bench trusts' discharge rows are the delivery dashboard's synthetic outbox: letters
     * without their summaries and drafts without their episodes, which an import rightly refuses ("refers to
     * EpisodeOfCare/..., which is not in it"); the rest of the trust (patients, clinic records, medicines, the case
     * record, the trail) goes in.
     */
    static byte[] withoutModule(byte[] archive, String module) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        JsonObject manifest = Json.createReader(new StringReader(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))).readObject();
        var files = Json.createArrayBuilder();
        long total = 0;
        for (var f : manifest.getJsonArray("files").getValuesAs(JsonObject.class)) {
            if (module.equals(f.getString("module"))) {
                entries.remove(f.getString("file"));
            } else {
                files.add(f);
                total += f.getJsonNumber("count").longValue();
            }
        }
        byte[] kept = Json.createObjectBuilder(manifest).add("files", files).add("total", total).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        entries.put("manifest.json", kept);
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write(kept);
            zip.closeEntry();
            for (var e : entries.entrySet()) {
                if (!e.getKey().equals("manifest.json")) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** Downloads the archive, uploads it into the run's target trust and waits for it; the lines for the results. */
    static String run(HttpClient http, Keycloak keycloak, String archiveUrl, String exportToken) throws Exception {
        HttpResponse<byte[]> archive = http.send(HttpRequest.newBuilder(URI.create(archiveUrl)).header("Authorization", "Bearer " + exportToken)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (archive.statusCode() != 200) {
            throw new IllegalStateException("the archive answered " + archive.statusCode());
        }
        byte[] zip = withoutModule(archive.body(), "discharge");
        String code = Files.readString(Path.of(BenchConfig.string("dir", "ear/target/bench")).resolve(TARGET_FILE)).strip();
        String token = keycloak.userToken(admin(code), BenchConfig.userPassword());
        long tokenAt = System.currentTimeMillis();
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(BenchConfig.baseUrl() + "/fhir/$import-archive"))
                .header("Authorization", "Bearer " + token).header("Prefer", "respond-async").header("Content-Type", "application/zip")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("$import-archive answered " + accepted.statusCode() + ": " + accepted.body());
        }
        double uploaded = (System.nanoTime() - start) / 1e9;
        String status = accepted.headers().firstValue("Content-Location").orElseThrow();
        System.out.printf(Locale.ROOT, "[bench] import into %s accepted after %.1f s (archive %,d bytes checked): %s%n", code, uploaded,
                zip.length, status);
        HttpResponse<String> answer;
        while (true) {
            if (System.currentTimeMillis() - tokenAt > 240_000) {
                token = keycloak.userToken(admin(code), BenchConfig.userPassword());
                tokenAt = System.currentTimeMillis();
            }
            answer = http.send(HttpRequest.newBuilder(URI.create(status)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                break;
            }
            Thread.sleep(1000); // the client's polling interval
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the import's status answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonObject loaded = Json.createReader(new StringReader(answer.body())).readObject();
        long total = loaded.getJsonNumber("loaded").longValue();
        System.out.printf(Locale.ROOT, "[bench] import into %s: %,d resources in %.1f s (upload and checks %.1f s), %.0f resources a second%n",
                code, total, seconds, uploaded, total / seconds);
        return String.format(Locale.ROOT, "import.trust=%s%nimport.resources=%d%nimport.seconds=%.1f%nimport.upload.seconds=%.1f%nimport.rate=%.0f%n",
                code, total, seconds, uploaded, total / seconds);
    }
}
