package org.openepr.discharge.domain;

import java.util.List;

/** Drafting's side of tracking: the trust's summaries not yet signed (drafted or awaiting signature). */
public interface UnsignedSummaries {
    List<TrackedSummary> unsigned();
}
