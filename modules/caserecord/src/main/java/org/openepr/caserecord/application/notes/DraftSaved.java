package org.openepr.caserecord.application.notes;

import java.time.Instant;
import java.util.UUID;
import org.openepr.caserecord.domain.notes.DraftSave;

/** The answer to one save: the note, the revision the save made, who saved it and when; repeated when the same save came again. */
public record DraftSaved(UUID noteId, int revision, String savedBy, Instant savedAt, boolean repeated) {

    static DraftSaved of(DraftSave save, boolean repeated) {
        return new DraftSaved(save.noteId(), save.revision(), save.savedBy(), save.savedAt(), repeated);
    }
}
