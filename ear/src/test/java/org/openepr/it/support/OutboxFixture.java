package org.openepr.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.sending.TransferOfCareMessage;
import org.openepr.platform.identity.OdsCode;

/**
 * TEST FIXTURE for tests outside the server: signed summaries put in a trust's outbox as the signing transaction puts
 * them (one row per version, the message built by the product's own {@link TransferOfCareMessage}), written as the
 * application's role under the trust's row-level security. A test in the test JVM cannot fire the signing event.
 */
public final class OutboxFixture {

    private OutboxFixture() {
    }

    /** Queues the signed versions for MESH (each must name a GP practice), due now; returns the dispatch ids in order. */
    public static List<UUID> queue(String trust, List<SummarySigned> signed) throws Exception {
        Instant now = ServerClock.now().atZone(ServerClock.UK).toInstant();
        List<UUID> ids = new ArrayList<>();
        try (Connection c = Db.asApplication()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("select set_config('epr.trust', ?, true)")) {
                bind.setString(1, trust);
                bind.executeQuery().close();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into summary_dispatch (trust, id, summary_id, summary_version, patient_id,"
                    + " nhs_number, gp_practice, dispatch_key, payload, route, state, state_since, signed_by, signed_at, queued_at, attempts,"
                    + " next_attempt_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MESH', 'QUEUED', ?, ?, ?, ?, 0, ?, 0)")) {
                Timestamp at = Timestamp.from(now);
                for (SummarySigned s : signed) {
                    UUID id = UUID.randomUUID();
                    insert.setString(1, trust);
                    insert.setObject(2, id);
                    insert.setObject(3, s.summaryId());
                    insert.setInt(4, s.version());
                    insert.setObject(5, s.patientId());
                    insert.setString(6, s.nhsNumber());
                    insert.setString(7, s.gpPractice());
                    insert.setString(8, s.summaryId() + ":" + s.version());
                    insert.setString(9, TransferOfCareMessage.of(s, OdsCode.of(trust), "EPRTEST-" + trust, id));
                    insert.setTimestamp(10, at);
                    insert.setString(11, s.signedBy());
                    insert.setTimestamp(12, at);
                    insert.setTimestamp(13, at);
                    insert.setTimestamp(14, at);
                    insert.addBatch();
                    ids.add(id);
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return ids;
    }
}
