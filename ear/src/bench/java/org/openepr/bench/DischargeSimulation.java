package org.openepr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
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
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discharge, with 30 trusts x {@link SyntheticDispatches#PER_TRUST} signed summaries in their outboxes, two loads at once:
 * <ul>
 * <li>the delivery dashboard ({@code /discharge/dashboard.xhtml}: counts and ages per state, the overdue list), opened
 * again and again by {@code dashboard.users} users, each signed in as its trust's clinician (target p95 &lt; 50 ms);</li>
 * <li>the point of care: {@code discharge.users} clinicians (one per trust by default), each going round its trust's long
 * records ({@link SyntheticLongRecords}): admit through the admission form (60 days back, so the stay covers two months
 * of the record), discharge through the episode page, which drafts the summary from the record in the same request
 * (target p95 &lt; 200 ms), open the draft, complete what it marks and sign it through the editor's save servlet. Every
 * signed summary then goes to the stand-in GP mailbox through the outbox; {@link LetterCount} counts them at the end.</li>
 * </ul>
 * Think {@code pause.min.ms}..{@code pause.max.ms} between requests. Requests in the first {@code discharge.warmup}
 * seconds are left out; p50/p95/p99 of the next {@code discharge.duration} seconds go to {@value #RESULTS_FILE}.
 */
public class DischargeSimulation extends Simulation {

    static final String DASHBOARD = "discharge dashboard";
    static final String DISCHARGE = "discharge and draft (long record)";
    static final String SIGN = "sign the summary";
    static final String ADMIT = "admit (form sent)";
    static final String OPEN_DRAFT = "open the draft";
    static final List<String> OPERATIONS = List.of(DASHBOARD, DISCHARGE, OPEN_DRAFT, SIGN, ADMIT);
    static final String RESULTS_FILE = "discharge-results.properties";

    /** PrimeFaces' CSP nonce of the page, which its script puts in every form and the server checks on the postback. */
    private static final io.gatling.javaapi.core.CheckBuilder NONCE = regex("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]\\)").saveAs("nonce");
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Pattern HEADING = Pattern.compile("(?s)<textarea id=\"heading-([a-z-]+)\"[^>]*>(.*?)</textarea>");
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final SyntheticLongRecords longRecords = new SyntheticLongRecords();
    private final int dashboardUsers = BenchConfig.integer("dashboard.users", BenchConfig.integer("users", 30));
    private final int clinicianUsers = BenchConfig.integer("discharge.users", population.trusts());
    private final int rampSeconds = BenchConfig.integer("ramp", 15);
    private final int warmupSeconds = Math.max(rampSeconds, BenchConfig.integer("discharge.warmup", 60));
    private final int durationSeconds = BenchConfig.integer("discharge.duration", 90);
    private final int pauseMin = BenchConfig.integer("pause.min.ms", 200);
    private final int pauseMax = Math.max(pauseMin, BenchConfig.integer("pause.max.ms", 600));

    private final Map<String, Measured> measured = new ConcurrentHashMap<>();
    private final Map<Integer, List<UUID>> longIds = new ConcurrentHashMap<>();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long endAt = Long.MAX_VALUE;
    private volatile long startedAt;

    @Override
    public void before() {
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            for (int t = 0; t < population.trusts(); t++) {
                longIds.put(t, longRecords.requireLongPatients(c, SyntheticPatients.trustCode(t)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the bench database: " + e.getMessage(), e);
        }
        startedAt = System.currentTimeMillis();
        measureFrom = startedAt + warmupSeconds * 1000L;
        endAt = measureFrom + durationSeconds * 1000L;
        System.out.printf("[bench] discharge: %d dashboard users and %d discharging clinicians over %d trusts, %d summaries a trust in the outbox,"
                        + " %d long records a trust; ramp %d s, warm-up %d s, measured %d s, think %d-%d ms%n", dashboardUsers, clinicianUsers,
                population.trusts(), SyntheticDispatches.PER_TRUST, longRecords.patients(), rampSeconds, warmupSeconds, durationSeconds, pauseMin, pauseMax);
    }

    @Override
    public void after() {
        StringBuilder out = new StringBuilder("# discharge: the delivery dashboard and discharging at the point of care; times in ms\n");
        out.append("measured.seconds=").append(durationSeconds).append("\nwarmup.seconds=").append(warmupSeconds)
                .append("\ndashboard.users=").append(dashboardUsers).append("\ndischarge.users=").append(clinicianUsers)
                .append("\nlong.records=").append(longRecords.patients()).append('\n');
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-36s %8s %6s %6s %6s %6s%n", "operation", "requests", "errors", "p50", "p95", "p99"));
        for (String op : OPERATIONS) {
            String summary = measured.getOrDefault(op, new Measured()).summary(Measured.key(op));
            out.append(summary);
            Map<String, String> v = new LinkedHashMap<>();
            summary.lines().forEach(l -> v.put(l.substring(l.lastIndexOf('.', l.indexOf('=')) + 1, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            table.append(String.format(Locale.ROOT, "%-36s %8s %6s %6s %6s %6s%n", op, v.get("requests"), v.get("errors"), v.get("p50"), v.get("p95"), v.get("p99")));
        }
        // the letters: every summary signed in this run, counted at the stand-in once the outbox has drained
        out.append(new LetterCount(startedAt).count().properties());
        System.out.print("[bench] discharge, measured (ms):\n" + table);
        System.out.println("[bench] measured results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
    }

    private Session record(String operation, Session session) {
        if (System.currentTimeMillis() >= measureFrom) {
            Integer millis = session.contains("rt") ? session.getInt("rt") : null;
            measured.computeIfAbsent(operation, k -> new Measured()).add(millis, !session.isFailed() && millis != null);
        }
        return session.markAsSucceeded().remove("rt");
    }

    /** The next long record of the clinician's trust, in turn; the times typed on the forms (UK time). */
    private Session nextPatient(Session session) {
        int t = session.getInt("t");
        int turn = session.contains("turn") ? session.getInt("turn") + 1 : 0;
        List<UUID> ids = longIds.get(t);
        ZonedDateTime now = ZonedDateTime.now(UK).minusMinutes(1);
        ZonedDateTime admitted = now.minusDays(60).withHour(9).withMinute(0);
        // nothing of the last stay carries over: a step that failed there fails here on its own, not on stale values
        return session.removeAll("admitAction", "viewState", "nonce", "ward", "clinicianOptions", "clinician", "dischargeAction", "summaryId",
                "revision", "editor", "answer").setAll(Map.of("turn", turn, "patientId", ids.get(turn % ids.size()).toString(),
                "admittedOn", TYPED_DATE.format(admitted), "admittedTime", TYPED_TIME.format(admitted),
                "dischargedOn", TYPED_DATE.format(now), "dischargeTime", TYPED_TIME.format(now)));
    }

    /** The first clinician the admission form offers (the select's options after "Choose..."). */
    private static Session chooseClinician(Session session) {
        Matcher m = OPTION.matcher(session.getString("clinicianOptions"));
        return m.find() ? session.set("clinician", m.group(1)) : session.markAsFailed();
    }

    /** The editor's headings as sent on signing: the draft as the record filled it, with what it left empty completed. */
    static String signJson(Session session) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(session.getString("editor"));
        while (m.find()) {
            String text = unescape(m.group(2));
            fields.put(m.group(1), text.isBlank() ? "Completed at discharge by the responsible clinician (bench)." : text);
        }
        StringBuilder text = new StringBuilder("{");
        fields.forEach((code, value) -> text.append(text.length() > 1 ? "," : "").append(quote(code)).append(':').append(quote(value)));
        text.append('}');
        return "{\"action\":\"sign\",\"saveId\":" + quote(UUID.randomUUID().toString()) + ",\"basedOn\":" + session.getString("revision")
                + ",\"patient\":" + quote(session.getString("patientId")) + ",\"summary\":" + quote(session.getString("summaryId"))
                + ",\"text\":" + quote(text.toString()) + "}";
    }

    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static final Pattern PROBLEM = Pattern.compile("class=\"ui-message-error[^\"]*\"[^>]*>(?:<[^>]+>)*([^<]+)|class=\"ui-messages-error-summary\">([^<]+)");
    private final java.util.concurrent.atomic.AtomicInteger explained = new java.util.concurrent.atomic.AtomicInteger();

    /** A form the server answered with its own page again: the first few refusals are printed with what the page said, once each. */
    private Session explainRefusal(String operation, Session session, String expected) {
        if (!session.contains(expected) && session.contains("answer") && explained.incrementAndGet() <= 5) {
            Matcher m = PROBLEM.matcher(session.getString("answer"));
            StringBuilder said = new StringBuilder();
            while (m.find()) {
                said.append(" [").append(m.group(1) != null ? m.group(1) : m.group(2)).append(']');
            }
            System.out.println("[bench] " + operation + " refused:" + (said.length() == 0 ? " (no message on the page)" : said) + "; the page: "
                    + Measured.write("refused-" + explained.get() + ".html", session.getString("answer")).toAbsolutePath());
        }
        return session.remove("answer");
    }

    private ChainBuilder pause() {
        return exec(session -> session).pause(Duration.ofMillis(pauseMin), Duration.ofMillis(pauseMax));
    }

    /** Admit, discharge (drafting), open the draft and sign it: one patient's stay, as a clinician's screens send it. */
    private ChainBuilder stay() {
        return exec(this::nextPatient)
                .exec(http("admission form").get("/discharge/episodes/admit.xhtml?patient=#{patientId}")
                        .check(status().is(200), css("form#admission", "action").saveAs("admitAction"),
                                css("form#admission input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"), NONCE,
                                regex("<select id=\"admission:ward\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*<option value=\"([^\"]+)\"").saveAs("ward"),
                                regex("(?s)<select id=\"admission:responsibleClinician\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>(.*?)</select>")
                                        .saveAs("clinicianOptions")))
                .exec(DischargeSimulation::chooseClinician)
                .exec(pause())
                .exec(http(ADMIT).post("#{admitAction}")
                        .formParam("admission_SUBMIT", "1").formParam("admission:ward", "#{ward}")
                        .formParam("admission:admittedOn_input", "#{admittedOn}").formParam("admission:admittedTime", "#{admittedTime}")
                        .formParam("admission:responsibleClinician", "#{clinician}").formParam("admission:legalStatus", "INFORMAL")
                        .formParam("admission:admit", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        // the admission redirects to the episode page, which has the discharge form
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), css("form#discharge", "action").saveAs("dischargeAction"),
                                css("form#discharge input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"), NONCE,
                                bodyString().saveAs("answer")))
                .exec(session -> explainRefusal(ADMIT, session, "dischargeAction"))
                .exec(session -> record(ADMIT, session))
                .exec(pause())
                .exec(http(DISCHARGE).post("#{dischargeAction}")
                        .formParam("discharge_SUBMIT", "1").formParam("discharge:dischargedOn_input", "#{dischargedOn}")
                        .formParam("discharge:dischargeTime", "#{dischargeTime}").formParam("discharge:legalStatus", "INFORMAL")
                        .formParam("discharge:dischargePatient", "").formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                                css("a#openSummary", "href").transform(href -> href.substring(href.indexOf("summary=") + 8, href.indexOf("summary=") + 44)).saveAs("summaryId"), bodyString().saveAs("answer")))
                .exec(session -> explainRefusal(DISCHARGE, session, "summaryId"))
                .exec(session -> record(DISCHARGE, session))
                .exec(pause())
                .exec(http(OPEN_DRAFT).get("/discharge/summary.xhtml?summary=#{summaryId}")
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200), css("#summaryEditor", "data-revision").saveAs("revision"),
                                regex("(?s)(<div id=\"summaryEditor\".*?)<p class=\"hint\">").saveAs("editor")))
                .exec(session -> record(OPEN_DRAFT, session))
                .exec(pause())
                .exec(http(SIGN).post("/discharge/summary-saves").header("Content-Type", "application/json").header("Accept", "application/json")
                        .body(StringBody(DischargeSimulation::signJson))
                        .check(responseTimeInMillis().saveAs("rt"), status().is(200)))
                .exec(session -> record(SIGN, session).remove("editor").remove("clinicianOptions"))
                .exec(pause());
    }

    {
        List<Map<String, Object>> trusts = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            trusts.add(Map.of("t", t, "user", SyntheticPatients.username(t)));
        }
        String base = BenchConfig.baseUrl();
        HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("text/html").userAgentHeader("openepr-bench");
        ChainBuilder dashboard = exec(http(DASHBOARD).get("/discharge/dashboard.xhtml")
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), css("#overdueTitle").exists()))
                .exec(session -> record(DASHBOARD, session));
        ScenarioBuilder watching = scenario("discharge dashboard")
                .feed(listFeeder(trusts).circular())
                .exec(BrowserSignIn.to(base, session -> "/discharge/dashboard.xhtml", css("#overdueTitle").exists()))
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(exec(dashboard).exec(pause())));
        ScenarioBuilder discharging = scenario("discharging clinicians")
                .feed(listFeeder(trusts).circular())
                .exec(BrowserSignIn.to(base, session -> "/discharge/dashboard.xhtml", css("#overdueTitle").exists()))
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(exec(stay())));
        setUp(watching.injectOpen(rampUsers(dashboardUsers).during(Duration.ofSeconds(rampSeconds))),
                discharging.injectOpen(rampUsers(clinicianUsers).during(Duration.ofSeconds(rampSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(warmupSeconds + durationSeconds + 120L));
    }
}
