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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clinicians and clerks of the 30 bench trusts using the patient index over the FHIR API.
 *
 * <p>{@code users} virtual users (closed model), spread evenly over the trusts, each signed in as its
 * trust's clinician, start over {@code ramp} seconds and loop until the end of the run: pick an action,
 * send it, think {@code pause.min.ms}..{@code pause.max.ms}. The mix: 35% search by NHS number, 25%
 * search by family-name prefix and date of birth, 30% open a patient's record (banner: GET
 * Patient/{id}), 10% register a new patient with a fresh valid NHS number. Requests during the first
 * {@code warmup} seconds are named "warm-up: ..." and left out of the figures; the next
 * {@code duration} seconds are measured. Every response is checked (status, and for searches and
 * reads that the expected patient came back); a failed check counts as an error.
 *
 * <p>Besides Gatling's own report, the simulation keeps every measured request's response time and
 * outcome per operation and, at the end, writes {@code results.properties} (count, errors, p50, p95,
 * p99, max, mean in ms) to {@code bench.dir} for run-bench.sh's summary.
 */
public class PatientIndexSimulation extends Simulation {

    static final String SEARCH_NHS = "search by NHS number";
    static final String SEARCH_NAME = "search by family+birthdate";
    static final String BANNER = "banner (read Patient)";
    static final String REGISTER = "register (create Patient)";
    static final String WARM_UP = "warm-up: ";
    static final String RESULTS_FILE = "results.properties";

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final int users = BenchConfig.integer("users", 60);
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("warmup", 120));
    private final int durationSeconds = BenchConfig.integer("duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));

    private final TrustTokens tokens = new TrustTokens();
    private final Map<String, AtomicInteger> nextRegistration = new ConcurrentHashMap<>();
    private final AtomicLong registrationSalt = new AtomicLong(System.nanoTime());
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long endAt = Long.MAX_VALUE;

    /** After each request: keep its time and outcome if it was measured; clear the failure so the user carries on. */
    private Session record(String operation, Session session) {
        if (session.getString("phase").isEmpty()) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.computeIfAbsent(operation, k -> new Measured()).add(millis, !session.isFailed() && millis != null);
        }
        return session.markAsSucceeded().remove("rt");
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("# measured requests per operation; times in ms (nearest-rank percentiles)\n");
        out.append("measured.seconds=").append(durationSeconds).append('\n');
        out.append("warmup.seconds=").append(warmupSeconds).append('\n');
        out.append("users=").append(users).append('\n');
        for (String op : List.of(SEARCH_NHS, SEARCH_NAME, BANNER, REGISTER)) {
            out.append(measured.getOrDefault(op, new Measured()).summary(key(op)));
        }
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }

    static String key(String operation) {
        return Measured.key(operation);
    }

    @Override
    public void before() {
        try {
            BenchData.registrationStarts(population).forEach((trust, start) -> nextRegistration.put(trust, new AtomicInteger(start)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bench database: " + e.getMessage(), e);
        }
        for (int t = 0; t < population.trusts(); t++) {
            tokens.token(t);
        }
        long now = System.currentTimeMillis();
        measureFrom = now + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] %d users over %d trusts (%d patients each), ramp %d s, warm-up %d s, measured %d s, think %d-%d ms%n",
                users, population.trusts(), population.perTrust(), rampSeconds, warmupSeconds, durationSeconds, pauseMin, pauseMax);
    }

    /** Chooses this iteration's patient and names the requests by phase. */
    private Session next(Session session) {
        int t = session.getInt("t");
        var p = population.patient(t, ThreadLocalRandom.current().nextInt(population.perTrust()));
        return session.setAll(Map.of(
                "phase", System.currentTimeMillis() < measureFrom ? WARM_UP : "",
                "token", tokens.token(t),
                "nhs", p.nhsNumber(),
                "prefix", p.familyPrefix(),
                "born", p.birthDate().toString(),
                "pid", p.id().toString()));
    }

    /** A new patient with the trust's next unused NHS number (numbers that no trust was loaded with). */
    private Session newcomer(Session session) {
        String trust = session.getString("trust");
        int fresh = nextRegistration.get(trust).getAndIncrement();
        if (fresh >= SyntheticPatients.validNumbers()) {
            throw new IllegalStateException("Trust " + trust + " has used every free bench NHS number: ./epr bench --reset");
        }
        var person = SyntheticPatients.newPerson(session.getInt("t"), SyntheticPatients.nhsNumber(fresh), registrationSalt.incrementAndGet());
        return session.set("newPatient", person.toFhirJson());
    }

    {
        List<Map<String, Object>> trustRecords = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trustRecords.add(Map.of("t", t, "trust", SyntheticPatients.trustCode(t)));
        }

        HttpProtocolBuilder protocol = http.baseUrl(BenchConfig.baseUrl())
                .acceptHeader("application/fhir+json")
                .userAgentHeader("openepr-bench");

        ChainBuilder searchByNhsNumber = exec(http("#{phase}" + SEARCH_NHS).get("/fhir/Patient")
                .queryParam("identifier", SyntheticPatients.FHIR_NHS + "|#{nhs}")
                .header("Authorization", "Bearer #{token}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("total").ofInt().is(1),
                        jmesPath("entry[0].resource.id").isEL("#{pid}")))
                .exec(session -> record(SEARCH_NHS, session));
        ChainBuilder searchByName = exec(http("#{phase}" + SEARCH_NAME).get("/fhir/Patient")
                .queryParam("family", "#{prefix}").queryParam("birthdate", "#{born}")
                .header("Authorization", "Bearer #{token}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("total").ofInt().gte(1)))
                .exec(session -> record(SEARCH_NAME, session));
        ChainBuilder banner = exec(http("#{phase}" + BANNER).get("/fhir/Patient/#{pid}")
                .header("Authorization", "Bearer #{token}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("id").isEL("#{pid}")))
                .exec(session -> record(BANNER, session));
        ChainBuilder register = exec(http("#{phase}" + REGISTER).post("/fhir/Patient")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/fhir+json")
                .body(StringBody("#{newPatient}"))
                .check(responseTimeInMillis().saveAs("rt"), status().is(201)))
                .exec(session -> record(REGISTER, session));

        ScenarioBuilder clinicians = scenario("patient index")
                .feed(listFeeder(trustRecords).circular())
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(
                        exec(this::next)
                                .exec(randomSwitch().on(
                                        percent(35.0).then(searchByNhsNumber),
                                        percent(25.0).then(searchByName),
                                        percent(30.0).then(banner),
                                        percent(10.0).then(exec(this::newcomer).exec(register))))
                                .pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax))));

        setUp(clinicians.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }
}
