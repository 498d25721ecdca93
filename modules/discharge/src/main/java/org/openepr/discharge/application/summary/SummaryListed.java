package org.openepr.discharge.application.summary;

import java.time.Instant;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;

/**
 * A summary on a list (the patient's summaries, awaiting my signature): where it was, when the episode ended, its one
 * state and since when (with the reason of a failure), the last signed version (0: none yet), who is responsible.
 */
public record SummaryListed(UUID id, UUID patientId, String patientName, String place, Instant ended, SummaryState state, Instant since,
                            String reason, int signedVersion, String responsible) {
}
