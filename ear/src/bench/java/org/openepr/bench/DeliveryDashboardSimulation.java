package org.openepr.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
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

/**
 * The discharge delivery dashboard ({@code /discharge/dashboard.xhtml}) with 30 trusts x {@link SyntheticDispatches#PER_TRUST}
 * signed summaries in the outbox: each of {@code dashboard.users} virtual users signs in once as its trust's clinician
 * and opens the dashboard again and again (counts and ages per state, the overdue list), thinking
 * {@code pause.min.ms}..{@code pause.max.ms} between. Requests in the first {@code dashboard.warmup} seconds are left out;
 * p50/p95/p99 of the next {@code dashboard.duration} seconds are printed and written to {@code dashboard-results.properties}.
 * The target: p95 under 50 ms.
 */
public class DeliveryDashboardSimulation extends Simulation {

    static final String DASHBOARD = "discharge dashboard";
    static final String RESULTS_FILE = "dashboard-results.properties";

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final int users = BenchConfig.integer("dashboard.users", BenchConfig.integer("users", 60));
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("dashboard.warmup", 60));
    private final int durationSeconds = BenchConfig.integer("dashboard.duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));

    private final Measured measured = new Measured();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long endAt = Long.MAX_VALUE;

    @Override
    public void before() {
        long now = System.currentTimeMillis();
        measureFrom = now + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] dashboard: %d users over %d trusts, %d summaries a trust, ramp %d s, warm-up %d s, measured %d s, think %d-%d ms%n",
                users, population.trusts(), SyntheticDispatches.PER_TRUST, rampSeconds, warmupSeconds, durationSeconds, pauseMin, pauseMax);
    }

    @Override
    public void after() {
        String summary = measured.summary(Measured.key(DASHBOARD));
        System.out.print("[bench] discharge dashboard, measured (ms):\n" + summary);
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, "# the discharge delivery dashboard; times in ms\nmeasured.seconds="
                + durationSeconds + "\nusers=" + users + "\n" + summary).toAbsolutePath());
    }

    private Session record(Session session) {
        if (System.currentTimeMillis() >= measureFrom) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.add(millis, !session.isFailed() && millis != null);
        }
        return session.markAsSucceeded().remove("rt");
    }

    {
        List<Map<String, Object>> trustRecords = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trustRecords.add(Map.of("t", t, "user", SyntheticPatients.username(t)));
        }
        String base = BenchConfig.baseUrl();
        HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("text/html").userAgentHeader("openepr-bench");
        ChainBuilder signIn = BrowserSignIn.to(base, session -> "/discharge/dashboard.xhtml", css("#overdueTitle").exists());
        ChainBuilder dashboard = exec(http(DASHBOARD).get("/discharge/dashboard.xhtml")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), css("#overdueTitle").exists()))
                .exec(this::record);
        ScenarioBuilder staff = scenario("discharge dashboard")
                .feed(listFeeder(trustRecords).circular())
                .exec(signIn)
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(
                        exec(dashboard).pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax))));
        setUp(staff.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }
}
