package org.openepr.platform.offboarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One trust's erasure: while RUNNING its progress per table, once DONE its certificate (who asked, who confirmed the
 * export and when, the counts per table before and after, start and end). Holds no patient data.
 */
public record Erasure(UUID id, String trust, String requestedBy, Instant requestedAt, UUID exportJob, String exportConfirmedBy,
                      Instant exportConfirmedAt, String state, Instant startedAt, Instant finishedAt, String failure,
                      List<ErasedTable> tables) {

    public boolean done() {
        return "DONE".equals(state);
    }

    public long rowsBefore() {
        return tables.stream().mapToLong(ErasedTable::rowsBefore).sum();
    }

    public long rowsErased() {
        return tables.stream().mapToLong(ErasedTable::rowsErased).sum();
    }

    /** The certificate as plain text, for the operator to download and keep. */
    public String certificateText() {
        String lines = tables.stream()
                .map(t -> String.format("  %-40s %12d %12s", t.table(), t.rowsBefore(), t.rowsAfter() == null ? "-" : t.rowsAfter().toString()))
                .collect(Collectors.joining("\n"));
        return "Erasure certificate\n"
                + "Trust: " + trust + "\n"
                + "Erasure: " + id + " (" + state + ")\n"
                + "Requested by: " + requestedBy + " at " + requestedAt + "\n"
                + "Export " + exportJob + " confirmed received by: " + exportConfirmedBy + " at " + exportConfirmedAt + "\n"
                + "Started: " + startedAt + "\n"
                + "Finished: " + (finishedAt == null ? "-" : finishedAt) + "\n"
                + String.format("  %-40s %12s %12s", "Table", "Rows before", "Rows after") + "\n"
                + lines + "\n";
    }
}
