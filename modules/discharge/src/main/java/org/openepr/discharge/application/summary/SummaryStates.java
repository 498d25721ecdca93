package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.openepr.discharge.domain.DeliveryStates;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.summary.DischargeSummary;

/**
 * The one state a summary shows: drafting's own (drafted, awaiting signature, signed) until it is queued for the GP,
 * then sending's (queued to accepted, or failed with the reason), when sending is there to say.
 */
@ApplicationScoped
class SummaryStates {

    @Inject
    Instance<DeliveryStates> delivery;

    record Shown(SummaryState state, Instant since, String reason) {
    }

    Shown of(DischargeSummary s) {
        if (!s.isSigned() || !delivery.isResolvable()) {
            return new Shown(s.state(), s.stateSince(), null);
        }
        Optional<TrackedSummary> tracked = delivery.get().of(s.id(), s.signedVersion());
        return tracked.map(t -> new Shown(t.state(), t.since(), t.reason())).orElse(new Shown(s.state(), s.stateSince(), null));
    }
}
