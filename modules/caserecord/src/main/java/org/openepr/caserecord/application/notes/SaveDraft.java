package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.SaveId;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * A draft's text saved as it is being typed (every few seconds, on leaving the field, on coming back online). Made
 * against the revision the writer last saw: a newer revision refuses it with both texts (StaleNoteException).
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class SaveDraft {

    @Inject
    NoteSaves saves;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved save(String saveIdText, UUID noteId, int basedOn, String text) {
        InputCheck check = new InputCheck();
        SaveId saveId = NoteSaves.saveId(check, saveIdText);
        NoteText noteText = NoteSaves.text(check, text);
        check.throwIfAny();
        ClinicalNote note = saves.lock(noteId);
        // checked after the lock: a retry racing its own first attempt waits for it, then finds its answer
        var earlier = saves.earlier(saveId, noteId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        note.saveDraft(basedOn, noteText, trust.caller().userId(), clock.instant());
        return saves.record(saveId, note, NotesAudit.DRAFT_SAVED, NoteSaves.size(noteText));
    }
}
