package org.openepr.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The case record summary for long and small records, through the screens as a browser opens them: the page (banner
 * and empty panel frames), then each panel's fragment ({@code /caserecord/summary-panel.xhtml}), and now and then the
 * PDF. The figures answer the question: does the summary's server time stay flat as the record grows?
 *
 * <p>Each of {@code summary.users} virtual users signs in once through Keycloak's login form as its trust's
 * clinician (the page's OpenID Connect sign-in, as a browser does it: the redirect page, the login form, back with the
 * session cookie), then loops until the end: a patient, half the time one of the trust's long records
 * ({@link SyntheticLongRecords}: 300 current orders, 500 appointments) and half the time a small one; the page; the
 * medicines panel; the appointments panel; the case record's own panels (problems, risks and legal status, care team,
 * notes, observations: the long records have 2,000 notes and 1,000 observations); one time in ten the PDF; and the
 * autosave of a draft note the user started on the patient (the editor's JSON save, {@code /caserecord/note-saves},
 * over the revision it last saved); think {@code pause.min.ms}..{@code pause.max.ms}.
 * Requests in the first {@code summary.warmup} seconds are left out; the next {@code summary.duration} seconds are
 * measured; p50/p95/p99 per operation and record size are printed and written to {@code summary-results.properties}.
 */
public class SummarySimulation extends Simulation {

    static final String PAGE = "summary page";
    static final String MEDICINES = "panel: medicines";
    static final String APPOINTMENTS = "panel: appointments";
    static final String PDF = "summary PDF";
    /** The case record's own panels: id and operation name, in the page's order. */
    static final Map<String, String> CASE_RECORD_PANELS = new java.util.LinkedHashMap<>(Map.of());

    static {
        CASE_RECORD_PANELS.put("problems", "panel: problems");
        CASE_RECORD_PANELS.put("risks", "panel: risks and legal status");
        CASE_RECORD_PANELS.put("careteam", "panel: care team");
        CASE_RECORD_PANELS.put("notes", "panel: notes");
        CASE_RECORD_PANELS.put("observations", "panel: observations");
    }

    /** The FHIR API's searches by patient that a client script runs over the same records: type and operation name. */
    static final Map<String, String> API_SEARCHES = new java.util.LinkedHashMap<>(Map.of());

    static {
        API_SEARCHES.put("Observation", "API: Observation search");
        API_SEARCHES.put("DocumentReference", "API: DocumentReference search");
        API_SEARCHES.put("Condition", "API: Condition search");
    }

    static final String NOTE_SAVE = "note draft save";
    static final List<String> OPERATIONS = java.util.stream.Stream.of(java.util.stream.Stream.of(PAGE, MEDICINES, APPOINTMENTS),
            CASE_RECORD_PANELS.values().stream(), API_SEARCHES.values().stream(), java.util.stream.Stream.of(PDF, NOTE_SAVE))
            .flatMap(s -> s).toList();
    static final String RESULTS_FILE = "summary-results.properties";

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final SyntheticLongRecords longRecords = new SyntheticLongRecords();
    private final int users = BenchConfig.integer("summary.users", BenchConfig.integer("users", 60));
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("summary.warmup", 60));
    private final int durationSeconds = BenchConfig.integer("summary.duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));

    private final TrustTokens clinicians = new TrustTokens();
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();
    private final Map<Integer, List<UUID>> longIds = new ConcurrentHashMap<>();
    private final Map<Integer, List<UUID>> smallIds = new ConcurrentHashMap<>();
    private final Map<Integer, UUID> noteTypes = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long endAt = Long.MAX_VALUE;

    @Override
    public void before() {
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            for (int t = 0; t < population.trusts(); t++) {
                String code = SyntheticPatients.trustCode(t);
                longIds.put(t, longRecords.requireLongPatients(c, code));
                smallIds.put(t, SyntheticLongRecords.smallPatients(c, code, longRecords.patients()));
                noteTypes.put(t, SyntheticLongRecords.noteType(c, code));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bench database: " + e.getMessage(), e);
        }
        long now = System.currentTimeMillis();
        measureFrom = now + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] summary: %d users over %d trusts, %d long and %d small records each, ramp %d s, warm-up %d s, measured %d s,"
                + " think %d-%d ms%n", users, population.trusts(), longRecords.patients(), longRecords.patients(), rampSeconds, warmupSeconds,
                durationSeconds, pauseMin, pauseMax);
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("# case record summary load: measured requests per operation and record size; times in ms\n");
        out.append("measured.seconds=").append(durationSeconds).append('\n');
        out.append("users=").append(users).append('\n');
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-40s %8s %6s %6s %6s %6s%n", "operation", "requests", "errors",
                "p50", "p95", "p99"));
        for (String op : OPERATIONS) {
            for (String size : List.of("long", "small")) {
                String name = op + " (" + size + ")";
                Measured m = measured.getOrDefault(name, new Measured());
                String summary = m.summary(Measured.key(name));
                out.append(summary);
                Map<String, String> values = new java.util.HashMap<>();
                summary.lines().forEach(l -> {
                    String key = l.substring(0, l.indexOf('='));
                    values.put(key.substring(key.lastIndexOf('.') + 1), l.substring(l.indexOf('=') + 1));
                });
                table.append(String.format(Locale.ROOT, "%-40s %8s %6s %6s %6s %6s%n", name, values.get("requests"), values.get("errors"),
                        values.get("p50"), values.get("p95"), values.get("p99")));
            }
        }
        System.out.print("[bench] case record summary, measured (ms):\n" + table);
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }

    /** Chooses this iteration's patient: a long record or a small one of the user's trust, half and half. */
    private Session next(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int t = session.getInt("t");
        boolean isLong = random.nextBoolean();
        List<UUID> ids = isLong ? longIds.get(t) : smallIds.get(t);
        return session.setAll(Map.of("patientId", ids.get(random.nextInt(ids.size())).toString(), "size", isLong ? "long" : "small",
                "pdf", random.nextInt(10) == 0, "measuring", System.currentTimeMillis() >= measureFrom));
    }

    private Session record(String operation, Session session) {
        if (session.getBoolean("measuring")) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.computeIfAbsent(operation + " (" + session.getString("size") + ")", k -> new Measured())
                    .add(millis, !session.isFailed() && millis != null);
        }
        return session.markAsSucceeded().remove("rt");
    }

    /** A panel fragment: answered as a panel (its header), and loaded, not "could not be loaded". */
    private ChainBuilder panel(String operation, String id) {
        return exec(http(operation).get("/caserecord/summary-panel.xhtml?patient=#{patientId}&panel=" + id)
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), header("X-Summary-Panel").is(id), css("p.as-of").exists()))
                .exec(session -> record(operation, session));
    }

    /** The case record's own panels, each measured as its own operation. */
    private ChainBuilder caseRecordPanels() {
        ChainBuilder chain = exec(session -> session);
        for (Map.Entry<String, String> p : CASE_RECORD_PANELS.entrySet()) {
            chain = chain.exec(panel(p.getValue(), p.getKey()));
        }
        return chain;
    }

    /** The FHIR searches by patient (first page), with the trust clinician's bearer token: answered as a searchset. */
    private ChainBuilder apiSearches() {
        ChainBuilder chain = exec(session -> session.set("token", clinicians.token(session.getInt("t"))));
        for (Map.Entry<String, String> api : API_SEARCHES.entrySet()) {
            chain = chain.exec(http(api.getValue()).get("/fhir/" + api.getKey() + "?patient=Patient/#{patientId}")
                            .header("Authorization", "Bearer #{token}").header("Accept", "application/fhir+json")
                            .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                                    io.gatling.javaapi.core.CoreDsl.jmesPath("type").is("searchset")))
                    .exec(session -> record(api.getValue(), session));
        }
        return chain;
    }

    /** The draft note's autosave, as the editor sends it: a new save id each time, over the revision last saved. */
    private ChainBuilder noteSave() {
        return exec(session -> session.set("saveId", UUID.randomUUID().toString()).set("noteText",
                        "Bench draft, save " + ThreadLocalRandom.current().nextInt(1_000_000) + ": seen at home, plan agreed."))
                .exec(http(NOTE_SAVE).post("/caserecord/note-saves").header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> noteSaveJson(session)))
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                                io.gatling.javaapi.core.CoreDsl.jsonPath("$.noteId").saveAs("noteId"),
                                io.gatling.javaapi.core.CoreDsl.jsonPath("$.revision").ofInt().saveAs("revision")))
                .exec(session -> record(NOTE_SAVE, session));
    }

    /** The first save starts the note (patient and type); the later ones save over the revision last answered. */
    private String noteSaveJson(Session session) {
        // the values are UUIDs, a number and the text above (no quote, no backslash): written as they are
        String common = "\"saveId\": \"" + session.getString("saveId") + "\", \"text\": \"" + session.getString("noteText") + "\"";
        if (session.contains("noteId")) {
            return "{" + common + ", \"action\": \"draft\", \"note\": \"" + session.getString("noteId") + "\", \"basedOn\": " + session.getInt("revision") + "}";
        }
        return "{" + common + ", \"patient\": \"" + session.getString("notePatient") + "\", \"type\": \"" + noteTypes.get(session.getInt("t")) + "\"}";
    }

    {
        List<Map<String, Object>> trustRecords = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trustRecords.add(Map.of("t", t, "user", SyntheticPatients.username(t)));
        }
        String base = BenchConfig.baseUrl();
        HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("text/html").userAgentHeader("openepr-bench");

        ChainBuilder signIn = BrowserSignIn.to(base, session -> "/caserecord/summary.xhtml?patient=" + smallIds.get(session.getInt("t")).get(0),
                css("#summaryPanels").exists());

        ChainBuilder summary = exec(http(PAGE).get("/caserecord/summary.xhtml?patient=#{patientId}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), css("#summaryPanels").exists()))
                .exec(session -> record(PAGE, session))
                .exec(panel(MEDICINES, "medicines"))
                .exec(panel(APPOINTMENTS, "appointments"))
                .exec(caseRecordPanels())
                .exec(apiSearches())
                .exec(noteSave())
                .doIf(session -> session.getBoolean("pdf")).then(
                        exec(http(PDF).get("/caserecord/summary.pdf?patient=#{patientId}")
                                .check(responseTimeInMillis().saveAs("rt"), status().is(200), header("Content-Type").is("application/pdf")))
                                .exec(session -> record(PDF, session)));

        ScenarioBuilder clinicians = scenario("case record summary")
                .feed(listFeeder(trustRecords).circular())
                .exec(signIn)
                // the user's draft note: on one small record of their trust, saved again each iteration
                .exec(session -> session.set("notePatient", smallIds.get(session.getInt("t")).get(0).toString()))
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(
                        exec(this::next).exec(summary).pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax))));

        setUp(clinicians.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }
}
