package org.openepr.discharge.domain.sending;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.platform.persistence.Repository;

/** The current trust's outbox of signed summaries; every list is bounded. */
public interface DispatchRepository extends Repository {

    void add(Dispatch dispatch);

    Optional<Dispatch> find(UUID id);

    Optional<Dispatch> find(DispatchKey key);

    /**
     * Up to {@code max} MESH dispatches due at {@code now}, oldest first, locked for this transaction; rows another
     * sender holds are skipped (FOR UPDATE SKIP LOCKED), so several servers never take the same one.
     */
    List<Dispatch> claimDue(Instant now, int max);

    /**
     * How many are in each state, since when the oldest has been there, and how many are overdue (failed, or not
     * accepted since {@code queuedBefore}; handled ones excluded): one aggregate query.
     */
    List<StateCount> countByState(Instant queuedBefore);

    /**
     * What is waiting for somebody past the limit: failed, or not accepted since {@code queuedBefore}; handled ones
     * excluded; oldest first, at most {@code max}.
     */
    List<LateLetter> overdue(Instant queuedBefore, int max);

    /** The manual-handling list: no GP practice, or failed, and nobody has recorded how it was handled; oldest first. */
    List<Dispatch> awaitingHandling(int max);

    /** The outbox as the API pages it, newest first; in one state if given. */
    List<Dispatch> page(SummaryState state, int offset, int max);

    long count(SummaryState state);

    record StateCount(SummaryState state, long count, Instant oldestSince, long overdue) {
    }

    /** One overdue letter as the dashboard lists it (its document is not read), and since when it has been in the outbox. */
    record LateLetter(TrackedSummary summary, Instant queuedAt) {
    }
}
