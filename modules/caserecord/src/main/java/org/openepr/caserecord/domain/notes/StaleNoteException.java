package org.openepr.caserecord.domain.notes;

import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.errors.StaleEditException;

/**
 * A save made against an older revision of a note: refused, nothing saved. Carries both texts, the one saved since
 * (and by whom) and the one refused, so the writer can see them side by side and choose or merge.
 */
public class StaleNoteException extends StaleEditException {

    private final UUID noteId;
    private final int currentRevision;
    private final String currentText;
    private final String rejectedText;
    private final String savedBy;
    private final Instant savedAt;

    public StaleNoteException(UUID noteId, int currentRevision, String currentText, String rejectedText, String savedBy, Instant savedAt) {
        super("This note was changed after you opened it (now revision " + currentRevision + "): your text was not saved;"
                + " compare the two versions and save again");
        this.noteId = noteId;
        this.currentRevision = currentRevision;
        this.currentText = currentText;
        this.rejectedText = rejectedText;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public UUID noteId() { return noteId; }
    public int currentRevision() { return currentRevision; }
    public String currentText() { return currentText; }
    public String rejectedText() { return rejectedText; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
