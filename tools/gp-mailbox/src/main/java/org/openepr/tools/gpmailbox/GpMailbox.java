package org.openepr.tools.gpmailbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for NHS MESH and the GP practices behind it, for tests and the demo: outside the product, a test double.
 * It takes messages posted to a practice's mailbox, files each letter once (the message's local id is the idempotency
 * key: a second message with the same local id is answered "20007 duplicate message" and filed no second time), and
 * answers the sender's own mailbox with ITK3 acknowledgements: infrastructure (20013, or a negative code) and business
 * (30001, or a negative code).
 *
 * <p>Two ports. The mailbox API (MESH-like): {@code POST /messageexchange/{from}/outbox} (headers {@code mex-To},
 * {@code mex-WorkflowID}, {@code mex-LocalID}, optional {@code mex-Content-Replaces}) answers 202
 * {@code {"messageID": …}}; {@code GET /messageexchange/{mailbox}/inbox}; {@code GET …/inbox/{id}};
 * {@code PUT …/inbox/{id}/status/acknowledged}. Requests carry {@code Authorization: NHSMESH {mailbox}:{password}}.
 * The control API, for tests (docs/discharge.md): {@code POST /control?mode=up|down|unavailable&delay=ms&reject=code|none
 * [&nhs=number]&silent=true|false}, {@code POST /control/reset}, {@code GET /control/letters/{local id}} (what it received
 * for that key), {@code GET /control/health}.
 */
public final class GpMailbox {

    static final String ACK_WORKFLOW = "TOC_FHIR_MH_DISCH_ACK";
    static final Set<String> NEGATIVE = Set.of("20007", "20008", "20009", "20014", "20015", "30002", "30003", "30004");
    static final Map<String, String> DISPLAY = Map.ofEntries(Map.entry("20013", "Success"), Map.entry("20007", "Duplicate message"),
            Map.entry("20008", "Duplicate document"), Map.entry("20009", "Payload invalid"), Map.entry("20014", "Replacement failed"),
            Map.entry("20015", "Message over 5 MB"), Map.entry("30001", "Patient known here"), Map.entry("30002", "Patient not known here"),
            Map.entry("30003", "Patient no longer registered here"), Map.entry("30004", "Patient recently deceased"));
    private static final Pattern NHS_NUMBER = Pattern.compile("\"https://fhir\\.nhs\\.uk/Id/nhs-number\"\\s*,\\s*\"value\"\\s*:\\s*\"(\\d{10})\"");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** What the tests have asked for: up, down (connection refused) or unavailable (503); slow; rejecting; silent. */
    record Control(String mode, long delayMillis, String rejectAll, Map<String, String> rejectByNhs, boolean silent) {
        static final Control NORMAL = new Control("up", 0, null, Map.of(), false);

        String json() {
            StringBuilder nhs = new StringBuilder();
            rejectByNhs.forEach((k, v) -> nhs.append(nhs.length() == 0 ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
            return "{\"mode\":\"" + mode + "\",\"delay\":" + delayMillis + ",\"reject\":" + quoted(rejectAll) + ",\"rejectByNhs\":{" + nhs
                    + "},\"silent\":" + silent + "}";
        }
    }

    /** A message waiting in a mailbox. */
    record Waiting(String id, String localId, String from, String to, String body) {
    }

    /** Everything received under one local id: how many messages, whether a letter was filed, and what was answered. */
    static final class Letter {
        final String key;
        int received;
        int letters;
        String to;
        String from;
        String replaces;
        String nhsNumber;
        String workflow;
        final List<String> answers = new CopyOnWriteArrayList<>();

        Letter(String key) {
            this.key = key;
        }

        synchronized String json() {
            return "{\"key\":" + quoted(key) + ",\"received\":" + received + ",\"letters\":" + letters + ",\"to\":" + quoted(to)
                    + ",\"from\":" + quoted(from) + ",\"replaces\":" + quoted(replaces) + ",\"nhsNumber\":" + quoted(nhsNumber)
                    + ",\"workflow\":" + quoted(workflow) + ",\"answers\":[" + String.join(",", answers.stream().map(GpMailbox::quoted).toList())
                    + "]}";
        }
    }

    private final int mailboxPort;
    private final String password;
    private final Map<String, Map<String, Waiting>> mailboxes = new ConcurrentHashMap<>();
    private final Map<String, Letter> letters = new ConcurrentHashMap<>();
    private volatile Control control = Control.NORMAL;
    private HttpServer mailboxServer;

    GpMailbox(int mailboxPort, String password) {
        this.mailboxPort = mailboxPort;
        this.password = password;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int port = Integer.parseInt(options.getOrDefault("port", "8280"));
        int controlPort = Integer.parseInt(options.getOrDefault("control-port", "8281"));
        GpMailbox box = new GpMailbox(port, options.getOrDefault("password", "gp-mailbox-demo"));
        box.startMailbox();
        box.startControl(controlPort);
        System.out.println("[gp-mailbox] stand-in GP mailbox on http://127.0.0.1:" + port + ", control on http://127.0.0.1:" + controlPort);
    }

    synchronized void startMailbox() throws IOException {
        if (mailboxServer == null) {
            mailboxServer = HttpServer.create(new InetSocketAddress("127.0.0.1", mailboxPort), 100);
            mailboxServer.setExecutor(Executors.newCachedThreadPool());
            mailboxServer.createContext("/messageexchange/", this::mailbox);
            mailboxServer.start();
        }
    }

    /** Down: nothing listens, so a sender's connection is refused. */
    synchronized void stopMailbox() {
        if (mailboxServer != null) {
            mailboxServer.stop(0);
            mailboxServer = null;
        }
    }

    void startControl(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 20);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/control", this::control);
        server.start();
    }

    // ---------------------------------------------------------------- the mailbox API

    private void mailbox(HttpExchange x) throws IOException {
        try (x) {
            Control now = control;
            if ("unavailable".equals(now.mode())) {
                answer(x, 503, "{\"errorDescription\":\"Service unavailable\"}");
                return;
            }
            String[] path = x.getRequestURI().getPath().substring("/messageexchange/".length()).split("/");
            for (String segment : path) {
                if (!SEGMENT.matcher(segment).matches()) {
                    answer(x, 404, "{\"errorDescription\":\"Not found\"}");
                    return;
                }
            }
            String mailbox = path[0];
            if (!password.isEmpty() && !("NHSMESH " + mailbox + ":" + password).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer(x, 401, "{\"errorDescription\":\"Mailbox and password do not match\"}");
                return;
            }
            String method = x.getRequestMethod();
            if (path.length == 2 && path[1].equals("outbox") && method.equals("POST")) {
                receive(x, mailbox, now);
            } else if (path.length == 2 && path[1].equals("inbox") && method.equals("GET")) {
                List<String> ids = new ArrayList<>(inbox(mailbox).keySet());
                answer(x, 200, "{\"messages\":[" + String.join(",", ids.stream().limit(500).map(GpMailbox::quoted).toList()) + "]}");
            } else if (path.length == 3 && path[1].equals("inbox") && method.equals("GET")) {
                Waiting w = inbox(mailbox).get(path[2]);
                if (w == null) {
                    answer(x, 404, "{\"errorDescription\":\"No such message\"}");
                    return;
                }
                x.getResponseHeaders().add("mex-LocalID", w.localId());
                x.getResponseHeaders().add("mex-WorkflowID", ACK_WORKFLOW);
                x.getResponseHeaders().add("mex-From", w.from());
                x.getResponseHeaders().add("mex-To", w.to());
                answer(x, 200, w.body());
            } else if (path.length == 5 && path[1].equals("inbox") && path[3].equals("status") && path[4].equals("acknowledged")
                    && method.equals("PUT")) {
                Waiting removed = inbox(mailbox).remove(path[2]);
                answer(x, removed == null ? 404 : 200, "{\"messageId\":" + quoted(path[2]) + "}");
            } else {
                answer(x, 404, "{\"errorDescription\":\"Not found\"}");
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    /** A message for a practice: counted, filed once per local id, answered after the (possibly slow) reply. */
    private void receive(HttpExchange x, String from, Control now) throws IOException {
        String to = x.getRequestHeaders().getFirst("mex-To");
        String localId = x.getRequestHeaders().getFirst("mex-LocalID");
        String workflow = x.getRequestHeaders().getFirst("mex-WorkflowID");
        String replaces = x.getRequestHeaders().getFirst("mex-Content-Replaces");
        String body;
        try (InputStream in = x.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (to == null || localId == null || workflow == null || !SEGMENT.matcher(localId).matches()) {
            answer(x, 400, "{\"errorDescription\":\"mex-To, mex-WorkflowID and mex-LocalID are required\"}");
            return;
        }
        Letter letter = letters.computeIfAbsent(localId, Letter::new);
        boolean first;
        String nhsNumber = nhsNumberIn(body);
        synchronized (letter) {
            letter.received++;
            first = letter.received == 1;
            if (first) {
                letter.to = to;
                letter.from = from;
                letter.replaces = replaces;
                letter.nhsNumber = nhsNumber;
                letter.workflow = workflow;
            }
        }
        String messageId = Instant.now().toEpochMilli() + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log("received " + localId + " for " + to + " from " + from + (first ? "" : " (again: duplicate)") + " as " + messageId);
        if (now.delayMillis() > 0) {
            sleep(now.delayMillis()); // slow: the letter is in, the answer is late (a sender may time out and try again)
        }
        try {
            answer(x, 202, "{\"messageID\":" + quoted(messageId) + "}");
        } catch (IOException e) {
            // the sender went away (timed out, or was killed): the message is in the mailbox all the same, as in MESH
            log("the sender of " + localId + " did not wait for the answer: " + e.getMessage());
        }
        if (now.silent()) {
            return; // never answers: accepted, but no acknowledgement ever comes
        }
        if (!first) {
            acknowledge(letter, "20007");
            return;
        }
        String code = nhsNumber != null && now.rejectByNhs().containsKey(nhsNumber) ? now.rejectByNhs().get(nhsNumber) : now.rejectAll();
        if (code != null && code.startsWith("2")) {
            acknowledge(letter, code); // refused by the practice's system: no letter filed
            return;
        }
        synchronized (letter) {
            letter.letters++;
        }
        acknowledge(letter, "20013");
        acknowledge(letter, code == null ? "30001" : code);
    }

    /** An ITK3 response into the sender's mailbox: a FHIR message Bundle, MessageHeader and OperationOutcome with the code. */
    private void acknowledge(Letter letter, String code) {
        boolean ok = !NEGATIVE.contains(code);
        String id = Instant.now().toEpochMilli() + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = "{\"resourceType\":\"Bundle\",\"id\":" + quoted(UUID.randomUUID().toString()) + ",\"type\":\"message\",\"entry\":["
                + "{\"resource\":{\"resourceType\":\"MessageHeader\",\"eventCoding\":{\"system\":\"https://fhir.nhs.uk/CodeSystem/ITK-MessageEvent-2\","
                + "\"code\":\"ITK014M\",\"display\":\"ITK Response\"},\"response\":{\"identifier\":" + quoted(letter.key) + ",\"code\":"
                + (ok ? "\"ok\"" : "\"fatal-error\"") + "},\"source\":{\"endpoint\":" + quoted(letter.to) + "}}},"
                + "{\"resource\":{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":" + (ok ? "\"information\"" : "\"error\"")
                + ",\"code\":" + (ok ? "\"informational\"" : "\"processing\"") + ",\"details\":{\"coding\":[{\"system\":"
                + "\"https://fhir.nhs.uk/CodeSystem/ITK-ResponseCodes\",\"code\":" + quoted(code) + ",\"display\":" + quoted(DISPLAY.get(code))
                + "}]}}]}}]}";
        letter.answers.add(code);
        inbox(letter.from).put(id, new Waiting(id, letter.key, letter.to, letter.from, body));
        log("answered " + letter.key + " with " + code);
    }

    private Map<String, Waiting> inbox(String mailbox) {
        return mailboxes.computeIfAbsent(mailbox, m -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
    }

    // ---------------------------------------------------------------- the control API (tests)

    private void control(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            Map<String, String> query = query(x.getRequestURI().getRawQuery());
            if (path.equals("/control/health")) {
                answer(x, 200, "{\"status\":\"UP\",\"mailboxPort\":" + mailboxPort + ",\"control\":" + control.json() + "}");
            } else if (path.equals("/control/reset") && x.getRequestMethod().equals("POST")) {
                control = Control.NORMAL;
                startMailbox();
                answer(x, 200, control.json());
            } else if (path.equals("/control") && x.getRequestMethod().equals("POST")) {
                answer(x, 200, change(query).json());
            } else if (path.startsWith("/control/letters/")) {
                String key = URLDecoder.decode(path.substring("/control/letters/".length()), StandardCharsets.UTF_8);
                Letter letter = letters.get(key);
                answer(x, 200, letter == null ? new Letter(key).json() : letter.json());
            } else {
                answer(x, 404, "{\"error\":\"no such control\"}");
            }
        } catch (IllegalArgumentException e) {
            answer(x, 400, "{\"error\":" + quoted(e.getMessage()) + "}");
        }
    }

    private synchronized Control change(Map<String, String> query) throws IOException {
        Control c = control;
        String mode = query.getOrDefault("mode", c.mode());
        if (!Set.of("up", "down", "unavailable").contains(mode)) {
            throw new IllegalArgumentException("mode is up, down or unavailable");
        }
        long delay = query.containsKey("delay") ? Long.parseLong(query.get("delay")) : c.delayMillis();
        String rejectAll = c.rejectAll();
        Map<String, String> byNhs = new HashMap<>(c.rejectByNhs());
        if (query.containsKey("reject")) {
            String code = query.get("reject");
            if (!code.equals("none") && !NEGATIVE.contains(code)) {
                throw new IllegalArgumentException("reject is a negative ITK3 code (" + String.join(", ", NEGATIVE) + ") or none");
            }
            String value = code.equals("none") ? null : code;
            if (query.containsKey("nhs")) {
                if (value == null) {
                    byNhs.remove(query.get("nhs"));
                } else {
                    byNhs.put(query.get("nhs"), value);
                }
            } else {
                rejectAll = value;
            }
        }
        boolean silent = query.containsKey("silent") ? Boolean.parseBoolean(query.get("silent")) : c.silent();
        control = new Control(mode, delay, rejectAll, Map.copyOf(byNhs), silent);
        if (mode.equals("down")) {
            stopMailbox();
        } else {
            startMailbox();
        }
        log("control " + control.json());
        return control;
    }

    // ---------------------------------------------------------------- plumbing

    static String nhsNumberIn(String body) {
        Matcher m = NHS_NUMBER.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String line) {
        System.out.println("[gp-mailbox] " + Instant.now() + " " + line);
    }
}
