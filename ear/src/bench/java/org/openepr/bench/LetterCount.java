package org.openepr.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Zero lost or duplicated letters", counted at the other end: once the outbox has drained (every letter of the run
 * accepted or failed, or {@code letters.wait} seconds), each summary version signed in the run is looked up in the
 * stand-in GP mailbox by its idempotency key. Lost: signed but never filed at the practice, or signed with nothing in the
 * outbox. Doubled: filed more than once, or two outbox entries for one version (a second letter under another key).
 * Retried: received more than once and answered as a duplicate (allowed: the key is what makes it one letter).
 */
final class LetterCount {

    record Counts(long signed, long dispatched, long accepted, long failed, long manual, long pending, long filed, long lost, long doubled, long retried,
            long unqueued) {

        String properties() {
            return String.format(Locale.ROOT, "letters.signed=%d%nletters.dispatched=%d%nletters.accepted=%d%nletters.failed=%d%nletters.manual=%d%n"
                            + "letters.pending=%d%nletters.filed=%d%nletters.lost=%d%nletters.doubled=%d%nletters.retried=%d%nletters.unqueued=%d%n",
                    signed, dispatched, accepted, failed, manual, pending, filed, lost, doubled, retried, unqueued);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\"(received|letters)\"\\s*:\\s*(\\d+)");
    private static final String RUN = "trust LIKE 'RB__' AND signed_at >= ?";

    private final Timestamp since;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String control = BenchConfig.string("mailbox.control", "http://127.0.0.1:8281");
    private final int waitSeconds = BenchConfig.integer("letters.wait", 180);

    LetterCount(long sinceMillis) {
        this.since = new Timestamp(sinceMillis);
    }

    Counts count() {
        try (Connection c = BenchData.superuser(BenchConfig.databaseName())) {
            long deadline = System.currentTimeMillis() + waitSeconds * 1000L;
            while (scalar(c, "SELECT count(*) FROM summary_dispatch WHERE " + RUN + " AND signed_by <> '" + SyntheticDispatches.SIGNER
                    + "' AND route = 'MESH' AND state NOT IN ('ACCEPTED', 'FAILED')") > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000); // the sender works in the background: poll until it has nothing left in flight
            }
            String mine = " WHERE " + RUN + " AND signed_by <> '" + SyntheticDispatches.SIGNER + "'";
            long signed = scalar(c, "SELECT count(*) FROM discharge_summary_version WHERE " + RUN);
            long dispatched = scalar(c, "SELECT count(*) FROM summary_dispatch" + mine);
            long accepted = scalar(c, "SELECT count(*) FROM summary_dispatch" + mine + " AND state = 'ACCEPTED'");
            long failed = scalar(c, "SELECT count(*) FROM summary_dispatch" + mine + " AND state = 'FAILED'");
            long manual = scalar(c, "SELECT count(*) FROM summary_dispatch" + mine + " AND route = 'MANUAL'");
            long pending = scalar(c, "SELECT count(*) FROM summary_dispatch" + mine + " AND route = 'MESH' AND state NOT IN ('ACCEPTED', 'FAILED')");
            long unqueued = scalar(c, "SELECT count(*) FROM discharge_summary_version v WHERE " + RUN.replace("trust", "v.trust").replace("signed_at", "v.signed_at")
                    + " AND NOT EXISTS (SELECT 1 FROM summary_dispatch d WHERE d.trust = v.trust AND d.summary_id = v.summary_id AND d.summary_version = v.number)");
            long twice = scalar(c, "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM summary_dispatch" + mine
                    + " GROUP BY trust, summary_id, summary_version) x");
            long filed = 0;
            long lost = unqueued;
            long doubled = twice;
            long retried = 0;
            for (String key : keys(c, "SELECT dispatch_key FROM summary_dispatch" + mine + " AND route = 'MESH'")) {
                long[] atStandIn = atStandIn(key);
                if (atStandIn[1] == 0) {
                    lost++;
                } else {
                    filed++;
                }
                doubled += Math.max(0, atStandIn[1] - 1);
                retried += atStandIn[0] > 1 ? 1 : 0;
            }
            return new Counts(signed, dispatched, accepted, failed, manual, pending, filed, lost, doubled, retried, unqueued);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot count the letters: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the outbox drained", e);
        }
    }

    /** {received, letters filed} for one key, as the stand-in counted them. */
    private long[] atStandIn(String key) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(control + "/control/letters/" + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        long[] n = new long[2];
        if (r.statusCode() == 200) {
            Matcher m = NUMBER.matcher(r.body());
            while (m.find()) {
                n[m.group(1).equals("received") ? 0 : 1] = Long.parseLong(m.group(2));
            }
        } else if (r.statusCode() != 404) {
            throw new IOException("the stand-in GP mailbox answered " + r.statusCode() + " for " + key);
        }
        return n;
    }

    private long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 1; i <= st.getParameterMetaData().getParameterCount(); i++) {
                st.setTimestamp(i, since);
            }
            try (ResultSet r = st.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String> keys(Connection c, String sql) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setTimestamp(1, since);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        return keys;
    }
}
