package org.openepr.platform.drafts;

import java.time.Instant;
import java.util.UUID;

/** The answer to one save of a draft: the record, the revision the save made, who saved it and when; repeated when the same save came again. */
public record DraftSaved(UUID id, int revision, String savedBy, Instant savedAt, boolean repeated) {
}
