package org.openepr.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.importing.RoundTrip.as;
import static org.openepr.it.importing.RoundTrip.newTrust;
import static org.openepr.it.importing.RoundTrip.patients;
import static org.openepr.it.importing.RoundTrip.rewrite;
import static org.openepr.it.importing.RoundTrip.rows;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.platform.identity.OdsCode;

/**
 * The import over the API, as a trust's migration tooling drives it: the source trust's admin takes its export over
 * Bulk Data and downloads the whole archive (the manifest's {@code extension.archive}); the new trust's admin posts
 * it to {@code $import-archive} and polls the status URL until the counts come. A request without
 * {@code Prefer: respond-async}, a tampered archive, a clinician, the operator and a trust that is not empty are
 * refused with a message naming what is wrong, and nothing is written; another trust's admin finds no such job.
 */
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final int PATIENTS = 300;

    @Deployment
    static WebArchive deployment() {
        return org.openepr.it.support.InServer.war("epr-import-api-it", AsAnotherUser.class, RoundTrip.class, Beans.class,
                Http.class, Env.class, Tokens.class, RealmAccounts.class);
    }

    @Test
    void anArchiveTakenOverBulkDataLoadsIntoANewTrustOverTheApi() throws Exception {
        OdsCode source = newTrust("Api source", List.of("patient-index"));
        OdsCode target = newTrust("Api target", List.of("patient-index"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String sourceAdmin = account("it.importapi.source." + suffix, source, "trust-admin", "clinician");
        String targetAdmin = account("it.importapi.target." + suffix, target, "trust-admin");
        String targetClinician = account("it.importapi.clinician." + suffix, target, "clinician");
        as(source, "it.importapi.seed", () -> patients(PATIENTS));

        // the source's export over Bulk Data, and its archive from the manifest's extension
        var kicked = Http.request("GET", FHIR + "$export", Map.of("Authorization", "Bearer " + sourceAdmin,
                "Prefer", "respond-async", "Accept", "application/fhir+json"), null);
        assertEquals(202, kicked.status(), kicked.toString());
        JsonObject manifest = awaitDone(kicked.header("Content-Location"), sourceAdmin).json();
        String archiveUrl = manifest.getJsonObject("extension").getString("archive");
        HttpResponse<byte[]> download = Http.getBytes(archiveUrl, sourceAdmin);
        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElse(""));
        byte[] archive = download.body();
        assertEquals(404, Http.getBytes(archiveUrl, targetAdmin).statusCode(), "another trust's admin: no such archive");
        assertEquals(403, Http.getBytes(archiveUrl, Tokens.of("operator")).statusCode(), "the operator: no patient data");

        // refused, naming what is wrong; nothing written each time
        var unasked = upload(targetAdmin, archive, false);
        assertEquals(400, unasked.status(), unasked.toString());
        assertTrue(unasked.body().contains("Prefer: respond-async"), unasked.body());
        var tampered = upload(targetAdmin, rewrite(archive, "Patient.ndjson", s -> s.replaceFirst("Rita", "Ritb")), true);
        assertEquals(400, tampered.status(), tampered.toString());
        assertTrue(tampered.body().contains("Patient.ndjson checksum does not match"), tampered.body());
        assertEquals(403, upload(targetClinician, archive, true).status(), "a clinician may not import");
        assertEquals(403, upload(Tokens.of("operator"), archive, true).status(), "the operator may not import");
        assertEquals(0, rows(target, "select count(*) from patient"), "nothing written");
        assertEquals(0, rows(target, "select count(*) from import_job"), "no job");

        // the archive as downloaded loads, once: posted twice at the same moment (a double click, a retrying client),
        // one is taken and the other refused, never two jobs loading one trust
        List<Http.Answer> both = twiceAtOnce(() -> upload(targetAdmin, archive, true));
        List<Integer> statuses = both.stream().map(Http.Answer::status).sorted().toList();
        assertEquals(List.of(202, 409), statuses, both.toString());
        var accepted = both.stream().filter(a -> a.status() == 202).findFirst().orElseThrow();
        var refused = both.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertTrue(refused.body().contains("already been loaded") || refused.body().contains("not empty"), refused.body());
        assertEquals(1, rows(target, "select count(*) from import_job"), "one job");
        String statusUrl = accepted.header("Content-Location");
        assertNotNull(statusUrl);
        assertTrue(statusUrl.startsWith(FHIR + "$import-archive/"), statusUrl);
        assertEquals(404, Http.get(statusUrl, sourceAdmin, "application/json").status(), "another trust's admin: no such job");
        JsonObject loaded = awaitDone(statusUrl, targetAdmin).json();
        assertEquals("DONE", loaded.getString("state"));
        assertEquals(source.value(), loaded.getString("sourceTrust"));
        Map<String, Long> counts = new HashMap<>();
        loaded.getJsonArray("files").getValuesAs(JsonObject.class)
                .forEach(f -> counts.put(f.getString("type"), f.getJsonNumber("count").longValue()));
        assertEquals(PATIENTS, counts.get("Patient"));
        assertTrue(counts.get("AuditEvent") >= PATIENTS, "the trail with them: " + counts);
        assertEquals(PATIENTS, rows(target, "select count(*) from patient"));

        // loaded once: a second post finds the trust not empty
        var again = upload(targetAdmin, archive, true);
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.body().contains("This trust is not empty (it holds " + PATIENTS + " Patient)"), again.body());
    }

    /** Runs the request on two threads released together; both answers. */
    private static List<Http.Answer> twiceAtOnce(java.util.function.Supplier<Http.Answer> request) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Http.Answer> call = () -> {
                go.await();
                return request.get();
            };
            var first = pool.submit(call);
            var second = pool.submit(call);
            go.countDown();
            return List.of(first.get(2, TimeUnit.MINUTES), second.get(2, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A user of the demo realm in the trust's group with these roles; their token. */
    private static String account(String username, OdsCode trust, String... roles) {
        RealmAccounts.ensureGroup(trust.value());
        RealmAccounts.createUser(username, List.of(trust.value()), List.of(roles));
        return Tokens.fresh("epr", "epr-cli", username, "demo");
    }

    private static Http.Answer upload(String token, byte[] archive, boolean async) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/fhir+json"));
        if (async) {
            headers.put("Prefer", "respond-async");
        }
        return Http.postBytes(FHIR + "$import-archive", token, "application/zip", archive, headers);
    }

    /** Polls as a Bulk Data client does: 202 with X-Progress while working, then the answer (two minutes at most). */
    private static Http.Answer awaitDone(String statusUrl, String token) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            Http.Answer status = Http.get(statusUrl, token, "application/json");
            if (status.status() != 202) {
                assertEquals(200, status.status(), status.toString());
                return status;
            }
            assertNotNull(status.header("X-Progress"));
            assertTrue(System.nanoTime() < until, "finished within two minutes: " + status.header("X-Progress"));
            Thread.sleep(250);
        }
    }
}
