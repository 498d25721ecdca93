package org.openepr.platform.errors;

import java.time.Instant;

/**
 * A save of a draft (a note, a discharge summary) made against an older revision: refused, nothing saved. Carries both
 * texts, the one saved since (and by whom, when) and the one refused, so the writer sees them side by side and chooses
 * or merges (the platform's draft editor, {@code platform/draft-editor.js}).
 */
public class StaleDraftException extends StaleEditException {

    private final int currentRevision;
    private final String currentText;
    private final String rejectedText;
    private final String savedBy;
    private final Instant savedAt;

    public StaleDraftException(String message, int currentRevision, String currentText, String rejectedText, String savedBy, Instant savedAt) {
        super(message);
        this.currentRevision = currentRevision;
        this.currentText = currentText;
        this.rejectedText = rejectedText;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public int currentRevision() { return currentRevision; }
    public String currentText() { return currentText; }
    public String rejectedText() { return rejectedText; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
