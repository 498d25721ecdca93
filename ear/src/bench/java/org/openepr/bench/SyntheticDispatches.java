package org.openepr.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Each bench trust's outbox of discharge summaries (discharge sending and tracking), for the delivery dashboard's
 * benchmark: {@value #PER_TRUST} signed versions over the last 120 days, as a trust's history looks: most accepted, some
 * delivered or sent and waiting, some failed with a reason, some without a GP practice on the manual-handling list, and a
 * share of the waiting ones past the trust's limits. None is due to send (the queued ones take the manual route), so the
 * bench server's sender leaves them as they are. Deterministic per trust; loaded with COPY as the superuser (COPY is
 * refused under forced row-level security).
 */
final class SyntheticDispatches {

    static final int PER_TRUST = BenchConfig.integer("dispatches.per.trust", 10_000);
    static final String SIGNER = "bench.loader";
    static final String COLUMNS = "trust, id, summary_id, summary_version, patient_id, nhs_number, gp_practice, dispatch_key, payload, route, state,"
            + " state_since, reason, signed_by, signed_at, queued_at, attempts, sent_at, delivered_at, accepted_at, failed_at, version";
    private static final String[] FAILURES = {"20009 The GP practice's system could not read the document", "30002 Patient not known at the practice",
            "30003 Patient no longer registered at the practice"};

    private SyntheticDispatches() {
    }

    static boolean loaded(Connection c, String trust) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from summary_dispatch where trust = ? and signed_by = ?")) {
            st.setString(1, trust);
            st.setString(2, SIGNER);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) == PER_TRUST;
            }
        }
    }

    static void clear(Connection c, String trust) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from summary_dispatch where trust = ? and signed_by = ?")) {
            st.setString(1, trust);
            st.setString(2, SIGNER);
            st.executeUpdate();
        }
    }

    /** COPYs the trust's outbox; the patients are the trust's own bench patients. */
    static void load(Connection c, int t, SyntheticPatients population, Instant now) throws SQLException {
        String trust = SyntheticPatients.trustCode(t);
        Random random = new Random(31L * t + 7);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY summary_dispatch (" + COLUMNS + ") FROM STDIN");
        try {
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < PER_TRUST; i++) {
                SyntheticPatients.Person p = population.patient(t, random.nextInt(population.perTrust()));
                UUID summary = new UUID(random.nextLong(), random.nextLong());
                Instant signed = now.minus(Duration.ofMinutes(random.nextInt(120 * 24 * 60)));
                int kind = random.nextInt(100);
                String state;
                String route = "MESH";
                String gp = "F84003";
                String reason = "\\N";
                Instant since = signed.plusSeconds(60 * 60 * 24);
                if (kind < 90) {
                    state = "ACCEPTED";
                } else if (kind < 93) {
                    state = "DELIVERED";
                } else if (kind < 95) {
                    state = "SENT";
                    since = signed.plusSeconds(5);
                } else if (kind < 97) {
                    state = "QUEUED"; // no GP practice: waits for a hand, never for the sender
                    route = "MANUAL";
                    gp = "\\N";
                    since = signed;
                } else {
                    state = "FAILED";
                    reason = FAILURES[random.nextInt(FAILURES.length)];
                }
                if (since.isAfter(now)) {
                    since = now;
                }
                String key = summary + ":1";
                String sentAt = state.equals("QUEUED") ? "\\N" : signed.plusSeconds(5).toString();
                String deliveredAt = state.equals("DELIVERED") || state.equals("ACCEPTED") ? since.toString() : "\\N";
                rows.append(trust).append('\t').append(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))).append('\t').append(summary)
                        .append("\t1\t").append(p.id()).append('\t').append(p.nhsNumber()).append('\t').append(gp).append('\t').append(key)
                        .append("\t{\"resourceType\":\"Bundle\",\"type\":\"message\"}\t").append(route).append('\t').append(state).append('\t')
                        .append(since).append('\t').append(reason).append('\t').append(SIGNER).append('\t').append(signed).append('\t')
                        .append(signed).append("\t1\t").append(sentAt).append('\t').append(deliveredAt).append('\t')
                        .append(state.equals("ACCEPTED") ? since.toString() : "\\N").append('\t')
                        .append(state.equals("FAILED") ? since.toString() : "\\N").append("\t0\n");
                if (rows.length() > (1 << 20) - 2048 || i == PER_TRUST - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
