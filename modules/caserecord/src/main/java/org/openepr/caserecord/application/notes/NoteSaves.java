package org.openepr.caserecord.application.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.DraftSave;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.SaveId;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;

/**
 * What every save of a note shares: its save id (sent again, it gets the first answer and changes nothing), the
 * note locked while it changes, the save recorded with the revision it made, and the audit line.
 */
@ApplicationScoped
class NoteSaves {

    @Inject
    NoteRepository notes;

    @Inject
    AuditTrail audit;

    /** The answer already given to this save id, if it was received before (for this note). */
    Optional<DraftSaved> earlier(SaveId saveId, UUID noteId) {
        return notes.save(saveId).map(save -> {
            if (noteId != null && !save.noteId().equals(noteId)) {
                throw new InvalidInputException("saveId", "This save id was already used for another note: choose a new one for each save");
            }
            return DraftSaved.of(save, true);
        });
    }

    /** A change of a note's text as one save: what it does to the note, and the audited action it was. */
    interface Change {
        NotesAudit apply(ClinicalNote note, NoteText text);
    }

    /**
     * One save of a note's text (a draft save, the validation): save id and text checked, the note locked, an earlier
     * answer to the same save id repeated; else the change made, the save recorded and audited.
     */
    DraftSaved once(String saveIdText, UUID noteId, String text, Change change) {
        InputCheck check = new InputCheck();
        SaveId saveId = saveId(check, saveIdText);
        NoteText noteText = text(check, text);
        check.throwIfAny();
        ClinicalNote note = lock(noteId);
        // checked after the lock: a retry racing its own first attempt waits for it, then finds its answer
        var earlier = earlier(saveId, noteId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        NotesAudit action = change.apply(note, noteText);
        return record(saveId, note, action, size(noteText));
    }

    ClinicalNote lock(UUID noteId) {
        return notes.lock(noteId).orElseThrow(() -> new RecordNotFoundException("note"));
    }

    DraftSaved record(SaveId saveId, ClinicalNote note, NotesAudit action, String detail) {
        DraftSave save = DraftSave.of(saveId, note);
        notes.add(save);
        notes.flush();
        audit.record(action, note.id(), note.patientId(), "revision " + note.revision() + (detail == null ? "" : "; " + detail));
        return DraftSaved.of(save, false);
    }

    static SaveId saveId(InputCheck check, String raw) {
        return check.field("saveId", () -> SaveId.parse(raw));
    }

    static NoteText text(InputCheck check, String raw) {
        return check.field("text", () -> new NoteText(raw));
    }

    static String size(NoteText text) {
        return text.value().length() + " characters";
    }
}
