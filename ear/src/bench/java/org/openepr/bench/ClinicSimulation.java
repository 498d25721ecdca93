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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clerks and clinicians of the 30 bench trusts running clinics over the FHIR API: free-slot search, booking
 * and the clinic-day list, concurrently across the trusts.
 *
 * <p>{@code clinic.users} virtual users (closed model), spread evenly over the trusts, each signed in as its
 * trust's clinician, start over {@code ramp} seconds and loop until the end: pick an action, send it, think
 * {@code pause.min.ms}..{@code pause.max.ms}. The mix per iteration:
 * <ul>
 *   <li>55% find and book: search a clinic's free slots, think, book one of the first five offered for a
 *       random loaded patient of the trust;</li>
 *   <li>20% search only (availability asked, nothing booked);</li>
 *   <li>25% the clinic-day list of a clinic on a day it runs in the next two weeks.</li>
 * </ul>
 * Searches span today to 2-6 weeks ahead (60%), or the fortnight around a follow-up date 4-50 weeks ahead (40%).
 * {@code clinic.hot.percent} (default 20) of the iterations are contended: they search the next four weeks of
 * the trust's "hot" clinic of the minute (clinic 0 in the first minute of the run, clinic 1 in the second ...,
 * so no clinic runs out of free slots) and find-and-book takes the first free slot offered, so the trust's users
 * race for the same slots and the losers are answered 409 "Slot no longer free" — the correct answer, counted
 * apart from errors.
 *
 * <p>Requests during the first {@code clinic.warmup} seconds are named "warm-up: ..." and left out of the
 * figures; the next {@code clinic.duration} seconds are measured. At the end the database is asked (as the
 * superuser) whether any booking was lost or doubled ({@link BenchData#bookingIntegrity}), counting every
 * booking answered 201 during the whole run; everything goes to {@code clinics-results.properties}.
 */
public class ClinicSimulation extends Simulation {

    static final String SEARCH = "free-slot search";
    static final String BOOK = "booking";
    static final String CLINIC_LIST = "clinic-day list";
    static final String WARM_UP = "warm-up: ";
    static final String RESULTS_FILE = "clinics-results.properties";
    static final int OFFERED = 5;

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final SyntheticClinics clinics = SyntheticClinics.fromConfig();
    private final int users = BenchConfig.integer("clinic.users", BenchConfig.integer("users", 60));
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("clinic.warmup", 60));
    private final int durationSeconds = BenchConfig.integer("clinic.duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));
    private final int hotPercent = BenchConfig.integer("clinic.hot.percent", 20);

    private final TrustTokens tokens = new TrustTokens();
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();
    private final LocalDate today = LocalDate.now(BenchData.UK);
    /** Per trust: clinic ids, in the generator's order (the contended clinic of minute m is clinic m). */
    private final Map<String, List<UUID>> clinicIds = new HashMap<>();
    /** Per trust: (clinic, day) pairs of the sessions in the next 14 days, for clinic-day lists. */
    private final Map<String, List<String[]>> listDays = new HashMap<>();
    /** Every booking answered 201 Created during the run (warm-up included): trust, id, slot, patient. */
    private final ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private volatile long startedAt;
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

    /** After a search or a list: keep its time and outcome if measured; clear the failure so the user carries on. */
    private Session record(String operation, Session session) {
        if (session.getString("phase").isEmpty()) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.computeIfAbsent(operation, k -> new Measured()).add(millis, !session.isFailed() && millis != null);
        }
        return session.markAsSucceeded().remove("rt");
    }

    /**
     * After a booking: 201 (created: it must name the slot and patient asked for; its id is kept for the database
     * check), 200 (the patient already held a place in that slot), 409 "Slot no longer free" (lost the race: not
     * an error); anything else, or a failed check, is an error.
     */
    private Session recordBooking(Session session) {
        boolean measuredPhase = session.getString("phase").isEmpty();
        Integer millis = session.contains("rt") ? session.getInt("rt") : null;
        int status = session.contains("st") ? session.getInt("st") : -1;
        boolean ok = !session.isFailed() && millis != null;
        String slot = session.getString("slotId");
        String patient = session.getString("patientId");
        if (ok && status == 201) {
            String id = session.getString("apptId");
            String bookedSlot = session.getString("bookedSlot");
            String bookedPatient = session.getString("bookedPatient");
            if (id == null || !("Slot/" + slot).equals(bookedSlot) || !("Patient/" + patient).equals(bookedPatient)) {
                ok = false;
            } else {
                acknowledged.add(new String[] {session.getString("trust"), id, slot, patient});
                count("created", measuredPhase);
            }
        } else if (ok && status == 200) {
            count("already", measuredPhase);
        } else if (ok && status == 409) {
            String why = session.getString("why");
            if (why != null && why.contains("no longer free")) {
                count("conflict", measuredPhase);
            } else {
                ok = false;
            }
        }
        if (!ok) {
            count("error", measuredPhase);
        }
        if (measuredPhase) {
            measured.computeIfAbsent(BOOK, k -> new Measured()).add(millis, ok);
        }
        return session.markAsSucceeded().removeAll("rt", "st", "apptId", "bookedSlot", "bookedPatient", "why");
    }

    @Override
    public void before() {
        Properties p = new Properties();
        p.setProperty("user", BenchConfig.superuser());
        if (!BenchConfig.superuserPassword().isEmpty()) {
            p.setProperty("password", BenchConfig.superuserPassword());
        }
        for (int t = 0; t < population.trusts(); t++) {
            String trust = SyntheticPatients.trustCode(t);
            List<UUID> ids = new ArrayList<>();
            for (int c = 0; c < clinics.perTrust(); c++) {
                ids.add(clinics.clinic(trust, c).id());
            }
            clinicIds.put(trust, ids);
            listDays.put(trust, new ArrayList<>());
        }
        try (Connection c = DriverManager.getConnection(BenchConfig.jdbcUrl(BenchConfig.databaseName()), p);
             PreparedStatement q = c.prepareStatement("SELECT trust, clinic_id, session_date FROM clinic_session"
                     + " WHERE trust LIKE 'RB__' AND status = 'SCHEDULED' AND session_date BETWEEN ? AND ?"
                     // the long records' clinic (the summary's benchmark) is not one of the clinics this load is about
                     + " AND clinic_id NOT IN (SELECT k.id FROM clinic k WHERE k.trust = clinic_session.trust AND k.name = '"
                     + SyntheticLongRecords.CLINIC_NAME + "')")) {
            q.setObject(1, today);
            q.setObject(2, today.plusDays(13));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    List<String[]> days = listDays.get(r.getString(1));
                    if (days != null) {
                        days.add(new String[] {r.getString(2), r.getString(3)});
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bench database: " + e.getMessage(), e);
        }
        listDays.forEach((trust, days) -> {
            if (days.isEmpty()) {
                throw new IllegalStateException("Trust " + trust + " has no clinic sessions in the next 14 days: run BenchData load");
            }
        });
        for (int t = 0; t < population.trusts(); t++) {
            tokens.token(t);
        }
        long now = System.currentTimeMillis();
        startedAt = now;
        measureFrom = now + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] clinics: %d users over %d trusts (%d clinics each), ramp %d s, warm-up %d s, measured %d s, think %d-%d ms, %d%% of bookings contended%n",
                users, population.trusts(), clinics.perTrust(), rampSeconds, warmupSeconds, durationSeconds, pauseMin, pauseMax, hotPercent);
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("# clinic load: measured requests per operation; times in ms (nearest-rank percentiles)\n");
        out.append("measured.seconds=").append(durationSeconds).append('\n');
        out.append("warmup.seconds=").append(warmupSeconds).append('\n');
        out.append("users=").append(users).append('\n');
        out.append("hot.percent=").append(hotPercent).append('\n');
        for (String op : List.of(SEARCH, BOOK, CLINIC_LIST)) {
            out.append(measured.getOrDefault(op, new Measured()).summary(Measured.key(op)));
        }
        for (String phase : List.of("measured", "run")) {
            for (String outcome : List.of("created", "already", "conflict", "error", "nofree")) {
                out.append("booking.").append(phase).append('.').append(outcome).append('=').append(counted(phase + "." + outcome)).append('\n');
            }
        }
        List<String> trusts = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<UUID> slots = new ArrayList<>();
        List<UUID> patients = new ArrayList<>();
        for (String[] a : acknowledged) {
            trusts.add(a[0]);
            ids.add(UUID.fromString(a[1]));
            slots.add(UUID.fromString(a[2]));
            patients.add(UUID.fromString(a[3]));
        }
        try {
            long started = System.nanoTime();
            BenchData.BookingIntegrity db = BenchData.bookingIntegrity(trusts, ids, slots, patients);
            out.append(String.format(Locale.ROOT, """
                    db.acknowledged=%d
                    db.lost=%d
                    db.not.as.acknowledged=%d
                    db.over.capacity=%d
                    db.booked.count.differs=%d
                    db.patient.twice.in.slot=%d
                    db.run.bookings=%d
                    db.run.bookings.holding=%d
                    db.slots=%d
                    db.check.seconds=%.1f
                    """, ids.size(), db.lost(), db.notAsAcknowledged(), db.overCapacity(), db.countDiffers(), db.patientTwiceInSlot(),
                    db.runBookings(), db.runBookingsHoldingPlace(), db.slots(), (System.nanoTime() - started) / 1e9));
            System.out.printf(Locale.ROOT, "[bench] database: %d bookings acknowledged (201), lost %d, over capacity %d, booked count differs %d%n",
                    ids.size(), db.lost(), db.overCapacity(), db.countDiffers());
        } catch (Exception e) {
            out.append("db.error=").append(String.valueOf(e.getMessage()).replace('\n', ' ')).append('\n');
            System.out.println("[bench] the database check failed: " + e.getMessage());
        }
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }

    /** Chooses this iteration's clinic, patient, search window and clinic-day list, and names the requests by phase. */
    private Session next(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int t = session.getInt("t");
        String trust = session.getString("trust");
        List<UUID> ids = clinicIds.get(trust);
        boolean hot = random.nextInt(100) < hotPercent;
        UUID clinic = hot ? ids.get((int) ((System.currentTimeMillis() - startedAt) / 60_000 % ids.size())) : ids.get(random.nextInt(ids.size()));
        LocalDate from;
        LocalDate to;
        if (hot) {
            from = today;
            to = today.plusDays(27);
        } else if (random.nextInt(100) < 60) {
            from = today;
            to = today.plusDays(14 + random.nextInt(29));
        } else {
            LocalDate around = today.plusWeeks(4 + random.nextInt(47));
            from = around.minusDays(7);
            to = around.plusDays(7);
        }
        List<String[]> days = listDays.get(trust);
        String[] listDay = days.get(random.nextInt(days.size()));
        Map<String, Object> values = new HashMap<>();
        values.put("phase", System.currentTimeMillis() < measureFrom ? WARM_UP : "");
        values.put("token", tokens.token(t));
        values.put("clinic", clinic.toString());
        values.put("from", from.toString());
        values.put("to", to.toString());
        values.put("hot", hot);
        values.put("patientId", population.patient(t, random.nextInt(population.perTrust())).id().toString());
        values.put("listClinic", listDay[0]);
        values.put("listDate", listDay[1]);
        return session.removeAll("found", "offered", "slotId", "appointment").setAll(values);
    }

    /** Of the free slots offered, the first (contended) or one of the first five; none offered (counted) means nothing to book. */
    private Session choose(Session session) {
        if (!session.contains("found")) {
            return session; // the search failed (counted as its error): nothing to book
        }
        List<Object> offered = session.contains("offered") ? session.getList("offered") : List.of();
        if (offered.isEmpty()) {
            count("nofree", session.getString("phase").isEmpty());
            return session;
        }
        boolean hot = session.getBoolean("hot");
        String slot = String.valueOf(offered.get(hot ? 0 : ThreadLocalRandom.current().nextInt(Math.min(OFFERED, offered.size()))));
        String body = "{\"resourceType\":\"Appointment\",\"status\":\"booked\",\"slot\":[{\"reference\":\"Slot/" + slot + "\"}],"
                + "\"participant\":[{\"actor\":{\"reference\":\"Patient/" + session.getString("patientId") + "\"},\"status\":\"accepted\"}]}";
        return session.set("slotId", slot).set("appointment", body);
    }

    {
        List<Map<String, Object>> trustRecords = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trustRecords.add(Map.of("t", t, "trust", SyntheticPatients.trustCode(t)));
        }

        HttpProtocolBuilder protocol = http.baseUrl(BenchConfig.baseUrl())
                .acceptHeader("application/fhir+json")
                .userAgentHeader("openepr-bench");

        ChainBuilder search = exec(http("#{phase}" + SEARCH)
                .get("/fhir/Slot?schedule=Schedule/#{clinic}&start=ge#{from}&start=le#{to}&status=free")
                .header("Authorization", "Bearer #{token}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("resourceType").is("Bundle"),
                        jmesPath("total").ofInt().gte(0).saveAs("found"),
                        jmesPath("entry[:" + OFFERED + "].resource.id").ofList().optional().saveAs("offered")))
                .exec(session -> record(SEARCH, session));
        ChainBuilder book = exec(http("#{phase}" + BOOK).post("/fhir/Appointment")
                .header("Authorization", "Bearer #{token}")
                .header("Content-Type", "application/fhir+json")
                .body(StringBody("#{appointment}"))
                .check(responseTimeInMillis().saveAs("rt"), status().in(200, 201, 409).saveAs("st"),
                        jmesPath("id").optional().saveAs("apptId"),
                        jmesPath("slot[0].reference").optional().saveAs("bookedSlot"),
                        jmesPath("participant[0].actor.reference").optional().saveAs("bookedPatient"),
                        jmesPath("issue[0].diagnostics").optional().saveAs("why")))
                .exec(this::recordBooking);
        ChainBuilder findAndBook = exec(search)
                .exec(this::choose)
                .doIf(session -> session.contains("slotId")).then(
                        exec(pause()).exec(book));
        ChainBuilder clinicList = exec(http("#{phase}" + CLINIC_LIST)
                .get("/fhir/Appointment?schedule=Schedule/#{listClinic}&date=#{listDate}")
                .header("Authorization", "Bearer #{token}")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), jmesPath("resourceType").is("Bundle"),
                        jmesPath("total").ofInt().gte(0)))
                .exec(session -> record(CLINIC_LIST, session));

        ScenarioBuilder clerks = scenario("clinics")
                .feed(listFeeder(trustRecords).circular())
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(
                        exec(this::next)
                                .exec(randomSwitch().on(
                                        percent(55.0).then(findAndBook),
                                        percent(20.0).then(search),
                                        percent(25.0).then(clinicList)))
                                .exec(pause())));

        setUp(clerks.injectOpen(rampUsers(users).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }

    /** The think time: a person reading the answer before the next step. */
    private ChainBuilder pause() {
        return exec(session -> session).pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax));
    }
}
