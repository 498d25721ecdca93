package org.openepr.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Onboarding time (issue 11): the hosting operator onboards {@code onboarding.trusts} new trusts (default 10), one
 * after the other, on the running bench server through the operator console itself, as a browser does: signed in
 * through Keycloak, the "Onboard a trust" form posted whole (its button is not ajax), so each goes through
 * TrustOnboarding against the real Keycloak (trust record, Keycloak group, first admin's account). Per trust: the
 * time the operator waits for the answer; per step: the server's own time (the console lists each step with its ms,
 * {@code data-step}/{@code data-millis}). p50, p95 and max are printed and written to {@value #RESULTS_FILE}.
 * Codes are unique per run (O + 5 random letters and digits); afterwards the run removes what it made: each trust's
 * Keycloak group and admin account, and its rows in the bench database (its operator-trail lines stay: append-only).
 */
public final class OnboardingRun {

    static final String RESULTS_FILE = "onboarding-results.properties";

    /** The steps the console reports, in order (OnboardingSteps.Step). */
    enum Step { CHECKS, TRUST_RECORD, KEYCLOAK_GROUP, ADMIN_ACCOUNT, DONE }

    private static final Pattern STEP = Pattern.compile("data-step=\"([A-Z_]+)\" data-millis=\"(-?\\d+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w.:-]*)=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"onboarding\"[^>]*action=\"([^\"]+)\"");

    private final String base = BenchConfig.baseUrl();
    private final CookieJar cookies = new CookieJar();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        new OnboardingRun().run(BenchConfig.integer("onboarding.trusts", 10));
    }

    void run(int trusts) throws Exception {
        String runId = randomCode(5);
        String page = signIn(BenchConfig.string("operator", "operator"), BenchConfig.string("operator.password", "demo"));
        List<String> made = new ArrayList<>();
        List<Long> perTrust = new ArrayList<>();
        Map<Step, List<Long>> perStep = new EnumMap<>(Step.class);
        int failures = 0;
        try {
            for (int i = 0; i < trusts; i++) {
                String code = "O" + randomCode(5);
                String email = "bench.onboarding." + code.toLowerCase(Locale.ROOT) + "@bench.openepr.invalid";
                Map<String, List<String>> form = new LinkedHashMap<>();
                form.put("onboarding", List.of("onboarding"));
                form.put("onboarding:odsCode", List.of(code));
                form.put("onboarding:name", List.of("Bench Onboarding " + code + " NHS Trust"));
                form.put("onboarding:shortName", List.of("BOB" + code.substring(1, 4)));
                form.put("onboarding:colour", List.of("#5A2D82"));
                form.put("onboarding:modules", List.of("patient-index", "clinics"));
                form.put("onboarding:adminName", List.of("Bench Admin" + (i + 1)));
                form.put("onboarding:adminEmail", List.of(email));
                form.put("onboarding:onboard", List.of(""));
                hiddenFields(page).forEach((name, value) -> form.putIfAbsent(name, List.of(value))); // the view state
                // PrimeFaces' CSP nonce: its script adds it to every form (PrimeFaces.csp.init), the postback must carry it
                form.put("primefaces.nonce", List.of(find(NONCE, page, "PrimeFaces' CSP nonce")));
                long start = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + find(FORM_ACTION, page, "the onboarding form")
                                .replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - start) / 1_000_000;
                page = answer.body();
                made.add(code + " " + email);
                if (answer.statusCode() != 200 || !page.contains("id=\"temporaryPassword\"")) {
                    failures++;
                    System.out.println("[bench] onboarding " + code + " failed: HTTP " + answer.statusCode() + " " + steps(page) + " "
                            + shown(page));
                    page = console(); // a fresh view for the next one
                    continue;
                }
                perTrust.add(millis);
                Map<Step, Long> steps = steps(page);
                steps.forEach((step, ms) -> perStep.computeIfAbsent(step, s -> new ArrayList<>()).add(ms));
                System.out.printf(Locale.ROOT, "[bench] onboarded %s in %d ms (server: %s)%n", code, millis, steps.entrySet().stream()
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
            }
        } finally {
            cleanUp(made);
        }
        StringBuilder out = new StringBuilder("# " + trusts + " trusts onboarded through the operator console (run " + runId + ")\n");
        out.append("onboarding.trusts=").append(trusts).append('\n').append("onboarding.failures=").append(failures).append('\n');
        out.append(line("onboarding.trust", "per trust (the operator's wait)", perTrust));
        for (Step step : Step.values()) {
            if (perStep.containsKey(step)) {
                out.append(line("onboarding.step." + step.name().toLowerCase(Locale.ROOT).replace('_', '-'), "  " + step.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '), perStep.get(step)));
            }
        }
        System.out.println("[bench] onboarding results: " + Measured.write(RESULTS_FILE, out).toAbsolutePath());
        if (failures > 0) {
            throw new IllegalStateException(failures + " of " + trusts + " onboardings failed");
        }
    }

    /** Prints and returns the p50/p95/max lines of one measurement (nearest rank, ms). */
    private static String line(String key, String label, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        long p50 = rank(sorted, 0.50);
        long p95 = rank(sorted, 0.95);
        long max = sorted.length == 0 ? -1 : sorted[sorted.length - 1];
        System.out.printf(Locale.ROOT, "[bench] onboarding %-40s n=%d p50 %d ms, p95 %d ms, max %d ms%n", label, sorted.length, p50, p95, max);
        return String.format(Locale.ROOT, "%1$s.n=%2$d%n%1$s.p50=%3$d%n%1$s.p95=%4$d%n%1$s.max=%5$d%n", key, sorted.length, p50, p95, max);
    }

    private static long rank(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The hidden fields of the onboarding form, as a browser sends them (the view state). */
    static Map<String, String> hiddenFields(String page) {
        int start = page.indexOf("<form id=\"onboarding\"");
        if (start < 0) {
            throw new IllegalStateException("No onboarding form on the page: " + page.substring(0, Math.min(300, page.length())));
        }
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group());
            while (a.find()) {
                attributes.put(a.group(1), a.group(2).replace("&amp;", "&"));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                hidden.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        if (!hidden.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("The onboarding form has no view state");
        }
        return hidden;
    }

    /** What the page says went wrong: its heading and messages, tags dropped. */
    static String shown(String page) {
        Matcher m = Pattern.compile("<h1[^>]*>(.*?)</h1>|class=\"ui-messages-error-summary\">(.*?)<|<p id=\"problem\"[^>]*>(.*?)</p>",
                Pattern.DOTALL).matcher(page);
        List<String> said = new ArrayList<>();
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    said.add(m.group(g).replaceAll("<[^>]+>", "").strip());
                }
            }
        }
        return String.join(" | ", said);
    }

    /** The console's progress list: each step that ran, with its time in the server. */
    static Map<Step, Long> steps(String page) {
        Map<Step, Long> steps = new EnumMap<>(Step.class);
        Matcher m = STEP.matcher(page);
        while (m.find()) {
            long ms = Long.parseLong(m.group(2));
            if (ms >= 0) {
                steps.put(Step.valueOf(m.group(1)), ms);
            }
        }
        return steps;
    }

    /**
     * Signs the operator in as a browser does: Liberty's redirect page (its script sets the cookie naming the page asked
     * for, then goes to Keycloak), Keycloak's login form, and back to the console; the console's HTML.
     */
    private String signIn(String user, String password) throws IOException, InterruptedException {
        String first = get(base + "/operator/index.xhtml");
        Matcher redirect = Pattern.compile("window\\.location\\.replace\\(\"([^\"]+)\"\\)").matcher(first);
        Matcher cookie = Pattern.compile("document\\.cookie=\"(WASReqURLOidc[^=]+)=([^;\"]*)").matcher(first);
        if (!redirect.find() || !cookie.find()) {
            throw new IllegalStateException("The console did not send the operator to sign in: " + first.substring(0, Math.min(300, first.length())));
        }
        cookies.add(URI.create(base).getHost(), "/", cookie.group(1), base + "/operator/index.xhtml"); // as the page's script does
        String login = get(redirect.group(1).replace("&amp;", "&"));
        String action = find(Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\""), login, "Keycloak's login form").replace("&amp;", "&");
        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(URI.create(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password))).build(),
                HttpResponse.BodyHandlers.ofString());
        String page = landed.body().contains("<form id=\"onboarding\"") ? landed.body() : console();
        if (landed.statusCode() != 200 || !page.contains("<form id=\"onboarding\"")) {
            throw new IllegalStateException("Signing " + user + " in did not reach the operator console: HTTP " + landed.statusCode() + " at "
                    + landed.uri());
        }
        return page;
    }

    private String console() throws IOException, InterruptedException {
        return get(base + "/operator/index.xhtml");
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Every trust this run made goes again: its Keycloak group and admin account, its rows in the bench database. */
    private void cleanUp(List<String> made) {
        if (made.isEmpty()) {
            return;
        }
        Keycloak keycloak = new Keycloak(BenchConfig.keycloakUrl(), BenchConfig.realm());
        String admin = keycloak.adminToken(BenchConfig.string("keycloak.admin", "admin"), BenchConfig.string("keycloak.admin.password", "admin"));
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            for (String m : made) {
                String code = m.substring(0, m.indexOf(' '));
                keycloak.remove(admin, code, m.substring(m.indexOf(' ') + 1));
                for (String sql : List.of("delete from trust_release where ods_code = ?", "delete from trust where ods_code = ?")) {
                    try (PreparedStatement st = c.prepareStatement(sql)) {
                        st.setString(1, code);
                        st.executeUpdate();
                    }
                }
            }
            System.out.println("[bench] removed the " + made.size() + " onboarded trusts again (Keycloak groups and admins, database rows)");
        } catch (SQLException | RuntimeException e) {
            System.out.println("[bench] could not remove every onboarded trust (" + e.getMessage() + "): " + made);
        }
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No " + what + " on the page: " + page.substring(0, Math.min(300, page.length())));
        }
        return m.group(1);
    }

    private static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v))).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomCode(int length) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return code.toString();
    }

    /**
     * A browser's cookie jar, as much as this sign-in needs: name=value by host and path, sent back as a browser does.
     * Java's own CookieManager will not do: it sends no Secure cookie over http (Keycloak marks its session cookies
     * Secure, which browsers accept from localhost) and writes version-1 cookies in the old $Version form.
     */
    static final class CookieJar extends CookieHandler {

        private record Stored(String host, String path, String name, String value) {
        }

        private final List<Stored> stored = new CopyOnWriteArrayList<>();

        void add(String host, String path, String name, String value) {
            stored.removeIf(c -> c.host().equals(host) && c.path().equals(path) && c.name().equals(name));
            stored.add(new Stored(host, path, name, value));
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String sent = stored.stream().filter(c -> c.host().equals(uri.getHost()) && path.startsWith(c.path()))
                    .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
            return sent.isEmpty() ? Map.of() : Map.of("Cookie", List.of(sent));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((header, values) -> {
                if (header == null || !header.equalsIgnoreCase("Set-Cookie")) {
                    return;
                }
                for (String value : values) {
                    String[] parts = value.split(";");
                    int eq = parts[0].indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = parts[0].substring(0, eq).strip();
                    String content = parts[0].substring(eq + 1).strip();
                    String path = "/";
                    boolean gone = content.isEmpty();
                    for (int i = 1; i < parts.length; i++) {
                        String attribute = parts[i].strip();
                        String lower = attribute.toLowerCase(Locale.ROOT);
                        if (lower.startsWith("path=")) {
                            path = attribute.substring(5);
                        } else if (lower.equals("max-age=0") || lower.startsWith("expires=thu, 01") || lower.startsWith("expires=thu, 01-jan-1970")) {
                            gone = true;
                        }
                    }
                    String cookiePath = path;
                    stored.removeIf(c -> c.host().equals(uri.getHost()) && c.path().equals(cookiePath) && c.name().equals(name));
                    if (!gone) {
                        stored.add(new Stored(uri.getHost(), cookiePath, name, content));
                    }
                }
            });
        }
    }
}
