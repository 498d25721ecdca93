package org.openepr.discharge.domain;

import java.time.Instant;
import java.util.List;

/**
 * Drafting's side of tracking: the trust's summaries not yet signed (drafted or awaiting signature), counted in the
 * database and listed only as far as the dashboard shows them, however many a trust lets pile up.
 */
public interface UnsignedSummaries {

    /** One unsigned state: how many, since when the oldest has waited, and how many have waited since before the cut. */
    record Waiting(SummaryState state, long count, Instant oldestSince, long overdue) {
    }

    List<Waiting> countByState(Instant cut);

    /** Those waiting since before the cut, longest first, at most {@code max}. */
    List<TrackedSummary> waitingSince(Instant cut, int max);
}
