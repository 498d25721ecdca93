package org.openepr.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The stand-in GP mailbox's control API (tools/gp-mailbox, started once per test run by ./epr services): make it
 * down, unavailable, slow, rejecting or silent, and count what it received per idempotency key. Works in the test JVM
 * and inside the server (added to an Arquillian archive). The stand-in is shared by the whole run: a test resets it
 * before and after.
 */
public final class GpMailboxControl {

    static final String URL = System.getProperty("gp.mailbox.control", "http://127.0.0.1:8281");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the stand-in has for one local id: messages received, letters filed (0 or 1), and the answers it sent. */
    public record Letter(String key, int received, int letters, String to, String replaces, String nhsNumber, String workflow,
            List<String> answers) {
    }

    private GpMailboxControl() {
    }

    public static void reset() {
        post("/control/reset");
    }

    /** e.g. {@code set("mode=down")}, {@code set("delay=2600")}, {@code set("reject=30002&nhs=9990000018")}, {@code set("silent=true")}. */
    public static void set(String query) {
        post("/control?" + query);
    }

    public static Letter letter(String key) {
        JsonObject o = Json.createReader(new StringReader(send(HttpRequest.newBuilder(URI.create(URL + "/control/letters/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8))).GET()))).readObject();
        return new Letter(o.getString("key"), o.getInt("received"), o.getInt("letters"), text(o, "to"), text(o, "replaces"),
                text(o, "nhsNumber"), text(o, "workflow"), o.getJsonArray("answers").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) ? null : o.getString(name);
    }

    private static void post(String path) {
        send(HttpRequest.newBuilder(URI.create(URL + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The stand-in GP mailbox answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("The stand-in GP mailbox is not running (./epr services starts it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
