package org.openepr.discharge.domain;

import java.time.Instant;
import java.util.UUID;

/** One discharge summary version as the tracking dashboard lists it: its state, since when, and who must act. */
public record TrackedSummary(UUID summaryId, int version, UUID patientId, SummaryState state, Instant since, String responsible,
        String reason) {
}
