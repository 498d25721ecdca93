package org.openepr.it.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.sending.ItkCode;
import org.openepr.it.support.Db;
import org.openepr.it.support.GpMailboxControl;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.OutboxFixture;
import org.openepr.it.support.SignedSummaries;
import org.openepr.it.support.TestServer;

/**
 * Every signed summary is delivered exactly once, counted at the stand-in GP mailbox, although the server is killed
 * with {@code kill -9} while it is sending them and the mailbox is down while the server comes back; those the practice
 * refuses (each final negative code) fail with their reason and are never sent again.
 *
 * <p>The summaries are put in the outbox as the signing transaction puts them ({@link OutboxFixture}): a test outside the
 * server cannot fire the signing event, and drafting and signing are built on another branch.
 */
class SendingDurabilityIT {

    static final int SUMMARIES = 40;
    /** The duplicates (20007, 20008) answer our own retries, which a kill may cause: refusing a first copy with them is SendingIT's. */
    static final List<ItkCode> REFUSALS = List.of(ItkCode.PAYLOAD_INVALID, ItkCode.REPLACEMENT_FAILED, ItkCode.TOO_LARGE,
            ItkCode.PATIENT_NOT_KNOWN, ItkCode.NO_LONGER_REGISTERED, ItkCode.RECENTLY_DECEASED);

    record Queued(SummarySigned signed, ItkCode refusal) {
        String key() {
            return signed.summaryId() + ":" + signed.version();
        }
    }

    @AfterEach
    void mailboxBackToNormal() {
        GpMailboxControl.reset();
    }

    @Test
    void killedWhileSending_andTheMailboxDownMeanwhile_everySummaryDeliveredExactlyOnce() throws Exception {
        GpMailboxControl.reset();
        GpMailboxControl.set("delay=150"); // each send takes a while, so the kill finds some sent and some not
        var serverAhead = TestServer.clockAhead();
        List<Queued> queued = new ArrayList<>();
        for (int i = 0; i < SUMMARIES; i++) {
            String nhs = NhsNumbers.next();
            ItkCode refusal = i < REFUSALS.size() ? REFUSALS.get(i) : null;
            if (refusal != null) {
                GpMailboxControl.set("reject=" + refusal.code() + "&nhs=" + nhs);
            }
            queued.add(new Queued(SignedSummaries.first(UUID.randomUUID(), nhs, "F84003", "it.durability"), refusal));
        }
        OutboxFixture.queue("RAT", queued.stream().map(Queued::signed).toList());

        awaitThat(() -> received(queued) >= 8, "some summaries sent before the kill");
        GpMailboxControl.set("mode=down");
        TestServer.killHard();
        int beforeRestart = received(queued);
        assertTrue(beforeRestart < SUMMARIES, "some summaries were still to send when the server was killed (" + beforeRestart + ")");

        TestServer.restart(Instant.now().plus(serverAhead));
        awaitThat(() -> retriedWhileDown(queued), "the restarted server tried again while the mailbox was down");
        GpMailboxControl.set("mode=up");

        awaitThat(() -> settled(queued), "every summary accepted, or failed with its reason");
        try (Connection c = Db.asSuperuser()) {
            for (Queued q : queued) {
                GpMailboxControl.Letter letter = GpMailboxControl.letter(q.key());
                String[] row = stateOf(c, q.signed().summaryId());
                if (q.refusal() == null) {
                    assertEquals("ACCEPTED", row[0], q.key());
                    assertEquals(1, letter.letters(), "delivered exactly once: " + letter);
                } else {
                    assertEquals("FAILED", row[0], q.key());
                    assertEquals(q.refusal().reason(), row[1]);
                    assertEquals(q.refusal().isInfrastructure() ? 0 : 1, letter.letters(), "refused: " + letter);
                }
                assertTrue(letter.received() >= 1 && letter.received() <= 3, "sent again only when an answer was lost: " + letter);
            }
        }
    }

    static int received(List<Queued> queued) {
        return (int) queued.stream().filter(q -> GpMailboxControl.letter(q.key()).received() > 0).count();
    }

    static boolean retriedWhileDown(List<Queued> queued) {
        try (Connection c = Db.asSuperuser(); PreparedStatement st = c.prepareStatement(
                "select count(*) from summary_dispatch where dispatch_key = any (?) and last_error like '%could not be reached%'")) {
            st.setArray(1, c.createArrayOf("varchar", queued.stream().map(Queued::key).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean settled(List<Queued> queued) {
        Map<String, String> expected = new HashMap<>();
        queued.forEach(q -> expected.put(q.key(), q.refusal() == null ? "ACCEPTED" : "FAILED"));
        try (Connection c = Db.asSuperuser(); PreparedStatement st = c.prepareStatement(
                "select dispatch_key, state from summary_dispatch where dispatch_key = any (?)")) {
            st.setArray(1, c.createArrayOf("varchar", expected.keySet().toArray()));
            int settled = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    settled += expected.get(rs.getString(1)).equals(rs.getString(2)) ? 1 : 0;
                }
            }
            return settled == expected.size();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String[] stateOf(Connection c, UUID summaryId) throws java.sql.SQLException {
        try (PreparedStatement st = c.prepareStatement("select state, reason from summary_dispatch where summary_id = ?")) {
            st.setObject(1, summaryId);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "queued " + summaryId);
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TestServer.RESTART_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "not within " + TestServer.RESTART_LIMIT.toMinutes() + " min: " + what);
            Thread.sleep(200);
        }
    }
}
