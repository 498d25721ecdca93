package org.openepr.discharge.domain.summary;

import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.errors.StaleDraftException;

/** An edit of a discharge summary made over an older revision: refused, nothing saved, with both texts to compare. */
public class StaleSummaryException extends StaleDraftException {

    private final UUID summaryId;

    public StaleSummaryException(UUID summaryId, int currentRevision, String currentText, String rejectedText, String savedBy, Instant savedAt) {
        super("This summary was changed after you opened it (now revision " + currentRevision + "): your text was not saved;"
                + " compare the two versions and save again", currentRevision, currentText, rejectedText, savedBy, savedAt);
        this.summaryId = summaryId;
    }

    public UUID summaryId() { return summaryId; }
}
