package org.openepr.caserecord.domain.notes;

import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.errors.StaleDraftException;

/**
 * A save made against an older revision of a note: refused, nothing saved, with both texts (the one saved since, by
 * whom, and the one refused) so the writer can see them side by side and choose or merge.
 */
public class StaleNoteException extends StaleDraftException {

    private final UUID noteId;

    public StaleNoteException(UUID noteId, int currentRevision, String currentText, String rejectedText, String savedBy, Instant savedAt) {
        super("This note was changed after you opened it (now revision " + currentRevision + "): your text was not saved;"
                + " compare the two versions and save again", currentRevision, currentText, rejectedText, savedBy, savedAt);
        this.noteId = noteId;
    }

    public UUID noteId() { return noteId; }
}
