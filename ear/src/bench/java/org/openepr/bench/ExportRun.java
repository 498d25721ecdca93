package org.openepr.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole-trust export under load (issue 11): once the patient-index load has warmed up ({@code export.delay} s,
 * default the warm-up), the first bench trust's admin asks for its export over Bulk Data ({@code GET /fhir/$export},
 * {@code Prefer: respond-async}) and polls the status URL every second until the manifest comes; the resources per
 * second are every file's count over the time from the kick-off to the manifest. Then the archive is imported into a
 * new empty trust ({@link ImportRun}), still under the load. Written to {@value #RESULTS_FILE}.
 */
public final class ExportRun {

    static final String RESULTS_FILE = "export-results.properties";

    private ExportRun() {
    }

    /** The first bench trust's admin: may export the trust, reads no record on a screen. */
    static String admin() {
        return SyntheticPatients.username(0) + ".admin";
    }

    public static void main(String[] args) throws Exception {
        int delay = BenchConfig.integer("export.delay", BenchConfig.integer("warmup", 120));
        Thread.sleep(delay * 1000L); // a schedule, not a wait for a condition: the export starts when the measured window does
        Keycloak keycloak = new Keycloak(BenchConfig.keycloakUrl(), BenchConfig.realm());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = keycloak.userToken(admin(), BenchConfig.userPassword());
        long tokenAt = System.currentTimeMillis();
        long start = System.nanoTime();
        HttpResponse<String> kicked = http.send(HttpRequest.newBuilder(URI.create(BenchConfig.baseUrl() + "/fhir/$export"))
                .header("Authorization", "Bearer " + token).header("Prefer", "respond-async").header("Accept", "application/fhir+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (kicked.statusCode() != 202) {
            throw new IllegalStateException("$export answered " + kicked.statusCode() + ": " + kicked.body());
        }
        String status = kicked.headers().firstValue("Content-Location").orElseThrow();
        System.out.println("[bench] export of " + SyntheticPatients.trustCode(0) + " started: " + status);
        HttpResponse<String> answer;
        while (true) {
            if (System.currentTimeMillis() - tokenAt > 240_000) {
                token = keycloak.userToken(admin(), BenchConfig.userPassword());
                tokenAt = System.currentTimeMillis();
            }
            answer = http.send(HttpRequest.newBuilder(URI.create(status)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 202) {
                break;
            }
            Thread.sleep(1000); // the Bulk Data client's polling interval
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the export's status answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonObject manifest = Json.createReader(new StringReader(answer.body())).readObject();
        Map<String, Long> counts = new TreeMap<>();
        for (JsonValue v : manifest.getJsonArray("output")) {
            JsonObject file = v.asJsonObject();
            counts.merge(file.getString("type"), file.getJsonNumber("count").longValue(), Long::sum);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder("# the whole-trust export of " + SyntheticPatients.trustCode(0) + " under the patient-index load\n");
        out.append(String.format(Locale.ROOT, "export.resources=%d%nexport.seconds=%.1f%nexport.rate=%.0f%n", total, seconds, total / seconds));
        counts.forEach((type, n) -> out.append("export.count.").append(type).append('=').append(n).append('\n'));
        System.out.printf(Locale.ROOT, "[bench] export of %s: %,d resources in %.1f s, %.0f resources a second%n", SyntheticPatients.trustCode(0),
                total, seconds, total / seconds);
        if (BenchConfig.integer("import", 1) == 1) {
            out.append(ImportRun.run(http, keycloak, manifest.getJsonObject("extension").getString("archive"), token));
        }
        System.out.println("[bench] export results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }
}
