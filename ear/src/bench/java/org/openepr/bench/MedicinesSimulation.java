package org.openepr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prescribers and pharmacists of the 30 bench trusts over the FHIR API, concurrently: the medicines panel, prescribing
 * with screening, the pharmacy worklist and verification.
 *
 * <p>{@code medicines.users} virtual users (closed model), spread evenly over the trusts, start over {@code ramp}
 * seconds and loop until the end: pick an action, send it, think {@code pause.min.ms}..{@code pause.max.ms}. Each user
 * holds its trust's prescriber's token (clinician and prescriber, {@code bench.rbnn}) and pharmacist's token
 * ({@code bench.rbnn.pharmacist}). The mix per iteration:
 * <ul>
 *   <li>30% the medicines panel of one of the trust's patients with medicines (0-25 current orders):
 *       {@code GET MedicationStatement?patient=} then {@code GET AllergyIntolerance?patient=} (prescriber);</li>
 *   <li>25% prescribe: {@code POST MedicationRequest} for such a patient, screened against their allergies and
 *       current orders; a random product of the live knowledge base, one unit once a day, with an override reason
 *       (used only if screening asks for one), so 201 is the only right answer;</li>
 *   <li>25% the pharmacy worklist: {@code GET MedicationRequest?verification=awaiting&_count=20}, half of them of one
 *       service, a fifth high risk only (pharmacist);</li>
 *   <li>20% worklist and verify: the first page of the worklist, think, then {@code POST MedicationRequest/{id}/$verify}
 *       of one of its 20 orders at random with the version read (pharmacist). The trust's other pharmacist may have
 *       verified it meanwhile: 409 is then the right answer, counted apart from errors.</li>
 * </ul>
 * Requests during the first {@code medicines.warmup} seconds are named "warm-up: ..." and left out of the figures;
 * the next {@code medicines.duration} seconds are measured; results go to {@code medicines-results.properties}.
 */
public class MedicinesSimulation extends Simulation {

    static final String STATEMENTS = "medicines list (MedicationStatement)";
    static final String ALLERGIES = "allergies (AllergyIntolerance)";
    static final String PRESCRIBE = "prescribe with screening";
    static final String WORKLIST = "pharmacy worklist";
    static final String VERIFY = "verify";
    static final String WARM_UP = "warm-up: ";
    static final String RESULTS_FILE = "medicines-results.properties";
    static final String OURS = "https://openepr.org/fhir/";

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final SyntheticMedicines medicines = SyntheticMedicines.fromConfig();
    private final int users = BenchConfig.integer("medicines.users", BenchConfig.integer("users", 60));
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("medicines.warmup", 60));
    private final int durationSeconds = BenchConfig.integer("medicines.duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));

    private final TrustTokens prescribers = new TrustTokens();
    private final TrustTokens pharmacists = new TrustTokens(SyntheticMedicines::pharmacist);
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private volatile List<SyntheticMedicines.Product> products = List.of();
    private volatile String kbVersion = "?";
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long endAt = Long.MAX_VALUE;

    private void count(String outcome, boolean measuredPhase) {
        outcomes.computeIfAbsent("run." + outcome, k -> new AtomicLong()).incrementAndGet();
        if (measuredPhase) {
            outcomes.computeIfAbsent("measured." + outcome, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private long counted(String key) {
        AtomicLong n = outcomes.get(key);
        return n == null ? 0 : n.get();
    }

    /** After a request: keep its time and outcome if measured; clear the failure so the user carries on. */
    private Session record(String operation, Session session) {
        if (session.getString("phase").isEmpty()) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.computeIfAbsent(operation, k -> new Measured()).add(millis, !session.isFailed() && millis != null);
        }
        if (operation.equals(PRESCRIBE)) {
            count(session.isFailed() ? "prescribe.error" : "prescribed", session.getString("phase").isEmpty());
        }
        return session.markAsSucceeded().remove("rt");
    }

    /** After a verification: 200 verified; 409 (another pharmacist of the trust got there first) not an error; else an error. */
    private Session recordVerify(Session session) {
        boolean measuredPhase = session.getString("phase").isEmpty();
        Integer millis = session.contains("rt") ? session.getInt("rt") : null;
        int status = session.contains("st") ? session.getInt("st") : -1;
        boolean ok = !session.isFailed() && millis != null;
        if (ok && status == 200) {
            ok = "verified".equals(session.getString("state"));
            count(ok ? "verified" : "error", measuredPhase);
        } else if (ok && status == 409) {
            String why = session.contains("why") ? session.getString("why") : "";
            ok = why.contains("changed after you read it") || why.contains("already verified");
            count(ok ? "conflict" : "error", measuredPhase);
        } else {
            ok = false;
            count("error", measuredPhase);
        }
        if (measuredPhase) {
            measured.computeIfAbsent(VERIFY, k -> new Measured()).add(millis, ok);
        }
        return session.markAsSucceeded().removeAll("rt", "st", "state", "why");
    }

    @Override
    public void before() {
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            SyntheticMedicines.Release kb = SyntheticMedicines.live(c);
            products = kb.products();
            kbVersion = kb.kbVersion();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bench database: " + e.getMessage(), e);
        }
        for (int t = 0; t < population.trusts(); t++) {
            prescribers.token(t);
            pharmacists.token(t);
        }
        long now = System.currentTimeMillis();
        measureFrom = now + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] medicines: %d users over %d trusts (%d patients with medicines each), %d products of %s, ramp %d s, warm-up %d s,"
                + " measured %d s, think %d-%d ms%n", users, population.trusts(), medicines.patients(), products.size(), kbVersion, rampSeconds,
                warmupSeconds, durationSeconds, pauseMin, pauseMax);
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("# medicines load: measured requests per operation; times in ms (nearest-rank percentiles)\n");
        out.append("measured.seconds=").append(durationSeconds).append('\n');
        out.append("warmup.seconds=").append(warmupSeconds).append('\n');
        out.append("users=").append(users).append('\n');
        out.append("patients.with.medicines=").append(medicines.patients()).append('\n');
        out.append("products=").append(products.size()).append('\n');
        for (String op : List.of(STATEMENTS, ALLERGIES, PRESCRIBE, WORKLIST, VERIFY)) {
            out.append(measured.getOrDefault(op, new Measured()).summary(Measured.key(op)));
        }
        for (String phase : List.of("measured", "run")) {
            for (String outcome : List.of("prescribed", "prescribe.error", "verified", "conflict", "error", "empty")) {
                out.append("outcome.").append(phase).append('.').append(outcome).append('=').append(counted(phase + "." + outcome)).append('\n');
            }
        }
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }

    /** Chooses this iteration's patient, prescription and worklist filter, and names the requests by phase. */
    private Session next(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int t = session.getInt("t");
        int i = random.nextInt(Math.min(medicines.patients(), population.perTrust()));
        String patient = population.patient(t, i).id().toString();
        SyntheticMedicines.Product p = products.get(random.nextInt(products.size()));
        String service = SyntheticMedicines.SERVICES[random.nextInt(SyntheticMedicines.SERVICES.length)];
        String order = "{\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\","
                + "\"extension\":[{\"url\":\"" + OURS + "StructureDefinition/prescribing-service\",\"valueString\":\"" + service + "\"},"
                + "{\"url\":\"" + OURS + "StructureDefinition/screening-override-reason\",\"valueString\":\"Reviewed with the patient (bench)\"}],"
                + "\"identifier\":[{\"system\":\"" + OURS + "Id/prescribing-submission\",\"value\":\"" + UUID.randomUUID() + "\"}],"
                + "\"subject\":{\"reference\":\"Patient/" + patient + "\"},"
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"" + OURS + "CodeSystem/local-medicines\",\"code\":\"" + p.id() + "\"}]},"
                + "\"dosageInstruction\":[{\"timing\":{\"repeat\":{\"boundsPeriod\":{\"start\":\"" + LocalDate.now(BenchData.UK) + "\"}},"
                + "\"code\":{\"coding\":[{\"system\":\"" + OURS + "CodeSystem/dose-frequency\",\"code\":\"ONCE_DAILY\"}]}},"
                + "\"doseAndRate\":[{\"doseQuantity\":{\"value\":" + p.strength() + "}}]}],"
                + "\"reasonCode\":[{\"text\":\"" + SyntheticMedicines.INDICATIONS[random.nextInt(SyntheticMedicines.INDICATIONS.length)] + "\"}],"
                + "\"substitution\":{\"allowedBoolean\":true}}";
        int filter = random.nextInt(10);
        String worklist = "/fhir/MedicationRequest?verification=awaiting&_count=20"
                + (filter < 5 ? "&service=" + URLEncoder.encode(service, StandardCharsets.UTF_8).replace("+", "%20") : "")
                + (filter >= 8 ? "&high-risk=true" : "");
        Map<String, Object> values = new HashMap<>();
        values.put("phase", System.currentTimeMillis() < measureFrom ? WARM_UP : "");
        values.put("prescriber", prescribers.token(t));
        values.put("pharmacist", pharmacists.token(t));
        values.put("patientId", patient);
        values.put("loadedOrders", medicines.orders(t, i));
        values.put("order", order);
        values.put("worklist", worklist);
        return session.removeAll("ids", "versions", "verifyId", "verifyBody").setAll(values);
    }

    /** One of the worklist page's orders at random, with the version read; an empty page (counted) means nothing to verify. */
    private Session choose(Session session) {
        List<Object> ids = session.contains("ids") ? session.getList("ids") : List.of();
        List<Object> versions = session.contains("versions") ? session.getList("versions") : List.of();
        if (ids.isEmpty() || ids.size() != versions.size()) {
            if (session.contains("ids")) {
                count("empty", session.getString("phase").isEmpty());
            }
            return session;
        }
        int k = ThreadLocalRandom.current().nextInt(ids.size());
        String body = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"version\",\"valueInteger\":" + versions.get(k) + "},"
                + "{\"name\":\"note\",\"valueString\":\"Checked against the medicines list (bench)\"}]}";
        return session.set("verifyId", String.valueOf(ids.get(k))).set("verifyBody", body);
    }

    {
        List<Map<String, Object>> trustRecords = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trustRecords.add(Map.of("t", t, "trust", SyntheticPatients.trustCode(t)));
        }

        HttpProtocolBuilder protocol = http.baseUrl(BenchConfig.baseUrl())
                .acceptHeader("application/fhir+json")
                .userAgentHeader("openepr-bench");

        ChainBuilder panel = exec(http("#{phase}" + STATEMENTS).get("/fhir/MedicationStatement?patient=Patient/#{patientId}")
                .header("Authorization", "Bearer #{prescriber}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("resourceType").is("Bundle"),
                        jmesPath("total").ofInt().gte(session -> session.getInt("loadedOrders"))))
                .exec(session -> record(STATEMENTS, session))
                .exec(http("#{phase}" + ALLERGIES).get("/fhir/AllergyIntolerance?patient=Patient/#{patientId}")
                        .header("Authorization", "Bearer #{prescriber}")
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("resourceType").is("Bundle"),
                                jmesPath("total").ofInt().gte(0)))
                .exec(session -> record(ALLERGIES, session));
        ChainBuilder prescribe = exec(http("#{phase}" + PRESCRIBE).post("/fhir/MedicationRequest")
                .header("Authorization", "Bearer #{prescriber}")
                .header("Content-Type", "application/fhir+json")
                .body(StringBody("#{order}"))
                .check(responseTimeInMillis().saveAs("rt"), status().is(201), jmesPath("resourceType").is("MedicationRequest"),
                        jmesPath("subject.reference").isEL("Patient/#{patientId}")))
                .exec(session -> record(PRESCRIBE, session));
        ChainBuilder worklist = exec(http("#{phase}" + WORKLIST).get("#{worklist}")
                .header("Authorization", "Bearer #{pharmacist}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("resourceType").is("Bundle"),
                        jmesPath("total").ofInt().gte(0),
                        jmesPath("entry[*].resource.id").ofList().optional().saveAs("ids"),
                        jmesPath("entry[*].resource.meta.versionId").ofList().optional().saveAs("versions")))
                .exec(session -> record(WORKLIST, session));
        ChainBuilder verify = exec(http("#{phase}" + VERIFY).post("/fhir/MedicationRequest/#{verifyId}/$verify")
                .header("Authorization", "Bearer #{pharmacist}")
                .header("Content-Type", "application/fhir+json")
                .body(StringBody("#{verifyBody}"))
                .check(responseTimeInMillis().saveAs("rt"), status().in(200, 409).saveAs("st"),
                        jmesPath("extension[?url=='" + OURS + "StructureDefinition/pharmacy-verification'].valueCoding.code | [0]")
                                .optional().saveAs("state"),
                        jmesPath("issue[0].diagnostics").optional().saveAs("why")))
                .exec(this::recordVerify);
        ChainBuilder worklistAndVerify = exec(session -> session.set("worklist", "/fhir/MedicationRequest?verification=awaiting&_count=20"))
                .exec(worklist)
                .exec(this::choose)
                .doIf(session -> session.contains("verifyId")).then(exec(pause()).exec(verify));

        ScenarioBuilder staff = scenario("medicines")
                .feed(listFeeder(trustRecords).circular())
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(
                        exec(this::next)
                                .exec(randomSwitch().on(
                                        percent(30.0).then(panel),
                                        percent(25.0).then(prescribe),
                                        percent(25.0).then(worklist),
                                        percent(20.0).then(worklistAndVerify)))
                                .exec(pause())));

        setUp(staff.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }

    /** The think time: a person reading the answer before the next step. */
    private ChainBuilder pause() {
        return exec(session -> session).pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax));
    }
}
