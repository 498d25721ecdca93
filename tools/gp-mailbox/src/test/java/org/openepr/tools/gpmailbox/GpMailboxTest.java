package org.openepr.tools.gpmailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in as the sender and the tests meet it: one letter per local id, ITK3 answers, down and refusing on request. */
class GpMailboxTest {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    int port;
    int control;

    @BeforeEach
    void start() throws IOException {
        port = freePort();
        control = freePort();
        GpMailbox box = new GpMailbox(port, "pw");
        box.startMailbox();
        box.startControl(control);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    HttpResponse<String> post(String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messageexchange/EPR-RAT/outbox"))
                .header("Authorization", "NHSMESH EPR-RAT:pw").header("mex-To", "F84003").header("mex-WorkflowID", "TOC_FHIR_MH_DISCH")
                .header("mex-LocalID", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String get(int p, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + path)).header("Authorization", "NHSMESH EPR-RAT:pw").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    void control(String query) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control + "/control" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answers go out after the reply to the post: wait for them. */
    String letterOnceAnswered(String key, int answers) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String letter = get(control, "/control/letters/" + key);
        while (letter.substring(letter.indexOf("\"answers\"")).split("\"\\d{5}\"", -1).length - 1 < answers && System.nanoTime() < until) {
            Thread.sleep(20);
            letter = get(control, "/control/letters/" + key);
        }
        return letter;
    }

    @Test
    void oneLetterPerLocalId_theSecondAnsweredDuplicate() throws Exception {
        String key = UUID.randomUUID() + ":1";
        assertEquals(202, post(key, "{}").statusCode());
        assertEquals(202, post(key, "{}").statusCode());
        String letter = letterOnceAnswered(key, 3);
        assertTrue(letter.contains("\"received\":2") && letter.contains("\"letters\":1"), letter);
        assertTrue(letter.contains("20013") && letter.contains("30001") && letter.contains("20007"), letter);
        String inbox = get(port, "/messageexchange/EPR-RAT/inbox");
        assertEquals(3, inbox.split(",").length, inbox);
    }

    @Test
    void refusesForOnePatient_andIsDownOnRequest() throws Exception {
        control("?reject=30002&nhs=9990000018");
        String key = UUID.randomUUID() + ":1";
        post(key, "{\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9990000018\"}]}");
        String letter = letterOnceAnswered(key, 2);
        assertTrue(letter.contains("\"answers\":[\"20013\",\"30002\"]"), letter);
        control("?mode=down");
        assertThrows(IOException.class, () -> post(UUID.randomUUID() + ":1", "{}"));
        control("/reset");
        assertEquals(202, post(UUID.randomUUID() + ":1", "{}").statusCode());
    }

    @Test
    void theMailboxAndPasswordMustMatch() throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messageexchange/EPR-RAT/inbox"))
                .header("Authorization", "NHSMESH EPR-RAT:wrong").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode());
    }
}
