package org.openepr.it.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.TestServer;
import org.openepr.it.support.Tokens;

/**
 * Notes are never lost: several clients save notes continuously through the API while the test server is killed
 * with {@code kill -9} and started again. Every save acknowledged with a 2xx is in the database afterwards, exactly
 * once; a save whose answer was lost is sent again with the same save id after the restart and saved at most once.
 * The server is killed and started again by {@link TestServer}.
 */
class NoteDurabilityIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String SAVE_ID = "https://openepr.org/fhir/Id/note-save";
    static final int WRITERS = 4;
    static final Duration RESTART_LIMIT = TestServer.RESTART_LIMIT;

    /** One save as sent: its id, the version it was typed over, its text, and whether the server acknowledged it. */
    record Save(String noteId, String saveId, int basedOn, String text, boolean acknowledged) {
    }

    static String body(String patientId, String text, String saveId) {
        DocumentReference d = new DocumentReference();
        d.getType().setText("Progress note");
        d.setSubject(new Reference("Patient/" + patientId));
        d.getMasterIdentifier().setSystem(SAVE_ID).setValue(saveId);
        d.addContent().getAttachment().setContentType("text/plain").setData(text.getBytes(StandardCharsets.UTF_8));
        return Fhir.json(d);
    }

    /** A PUT that may meet a dead server: null when no answer came (refused, reset, timed out). */
    static Http.Answer put(String token, String noteId, int basedOn, String json) {
        try {
            return Http.request("PUT", FHIR + "DocumentReference/" + noteId, Map.of("Authorization", "Bearer " + token, "Content-Type",
                    "application/fhir+json", "Accept", "application/fhir+json", "If-Match", "W/\"" + basedOn + "\""), json);
        } catch (UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** Writes one note continuously, each save with its own id; a save without an answer is sent again, same id, until answered. */
    static List<Save> write(String token, String patientId, String noteId, AtomicBoolean stop, AtomicInteger acknowledged) throws InterruptedException {
        List<Save> saves = new ArrayList<>();
        int version = 1;
        StringBuilder text = new StringBuilder("Durability note.");
        long deadline = System.nanoTime() + RESTART_LIMIT.plusMinutes(2).toNanos();
        for (int k = 1; !stop.get(); k++) {
            text.append(" Line ").append(k).append('.');
            String saveId = UUID.randomUUID().toString();
            String json = body(patientId, text.toString(), saveId);
            Http.Answer answer = put(token, noteId, version, json);
            boolean unanswered = false;
            while (answer == null || answer.status() >= 500) {
                unanswered = true;
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the server did not come back");
                }
                saves.add(new Save(noteId, saveId, version, text.toString(), false));
                Thread.sleep(200); // polling a dead server: a pause between attempts, not a wait for a result
                token = Tokens.of("rat.clinician");
                answer = put(token, noteId, version, json);
            }
            assertEquals(200, answer.status(), (unanswered ? "a resent save: " : "") + answer.body());
            saves.add(new Save(noteId, saveId, version, text.toString(), true));
            acknowledged.incrementAndGet();
            version = Integer.parseInt(Fhir.parse(DocumentReference.class, answer.body()).getMeta().getVersionId());
        }
        return saves;
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillAndRestart_exactlyOnce() throws Exception {
        String token = Tokens.of("rat.clinician");
        Duration serverAhead = TestServer.clockAhead();
        List<String[]> notes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String patientId = Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Durable", "Dee", "1966-06-06")).getIdPart();
            var created = Http.post(FHIR + "DocumentReference", token, body(patientId, "Durability note.", UUID.randomUUID().toString()), Map.of());
            assertEquals(201, created.status(), created.body());
            notes.add(new String[] {patientId, Fhir.parse(DocumentReference.class, created.body()).getIdPart()});
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Save>>> results = new ArrayList<>();
        for (String[] n : notes) {
            results.add(writers.submit(() -> write(token, n[0], n[1], stop, acknowledged)));
        }
        try {
            awaitAcknowledged(acknowledged, 20);
            TestServer.killHard();
            int beforeRestart = acknowledged.get();
            TestServer.restart(Instant.now().plus(serverAhead));
            awaitAcknowledged(acknowledged, beforeRestart + 20);
        } finally {
            stop.set(true);
            writers.shutdown();
        }
        assertTrue(writers.awaitTermination(5, TimeUnit.MINUTES));
        ConcurrentLinkedQueue<Save> all = new ConcurrentLinkedQueue<>();
        for (var r : results) {
            all.addAll(r.get());
        }
        try (var c = Db.asSuperuser()) {
            for (Save s : all) {
                long rows = Db.count(c, "select count(*) from draft_save where save_id = ?::uuid", s.saveId());
                if (s.acknowledged()) {
                    assertEquals(1, rows, "an acknowledged save is in the database once: " + s);
                } else {
                    assertTrue(rows <= 1, "a save without an answer is there at most once: " + s);
                }
            }
            for (String[] n : notes) {
                List<Save> mine = all.stream().filter(s -> s.noteId().equals(n[1]) && s.acknowledged()).toList();
                Save last = mine.get(mine.size() - 1);
                try (var st = c.prepareStatement("select draft_text, revision from clinical_note where id = ?::uuid")) {
                    st.setString(1, n[1]);
                    try (var rs = st.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(last.text(), rs.getString(1), "the last acknowledged text is the note's text");
                        long saves = Db.count(c, "select count(*) from draft_save where note_id = ?::uuid", n[1]);
                        assertEquals(1 + mine.size(), saves, "one row per acknowledged save (and the start): none duplicated, none lost");
                        assertEquals(saves, rs.getInt(2), "one revision per save");
                    }
                }
            }
        }
        assertTrue(all.stream().anyMatch(s -> !s.acknowledged()), "some saves were in flight when the server was killed");
    }

    static void awaitAcknowledged(AtomicInteger acknowledged, int atLeast) throws InterruptedException {
        long until = System.nanoTime() + RESTART_LIMIT.toNanos();
        while (acknowledged.get() < atLeast) {
            assertTrue(System.nanoTime() < until, "saves acknowledged: " + acknowledged.get());
            Thread.sleep(50);
        }
    }
}
