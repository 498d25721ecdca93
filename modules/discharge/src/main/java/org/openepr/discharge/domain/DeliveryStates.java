package org.openepr.discharge.domain;

import java.util.Optional;
import java.util.UUID;

/** Sending's side of tracking: the delivery state of a signed version (queued to accepted, or failed), if it was queued. */
public interface DeliveryStates {
    Optional<TrackedSummary> of(UUID summaryId, int version);
}
