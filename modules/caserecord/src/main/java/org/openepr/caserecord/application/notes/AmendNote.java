package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.Amendment;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.NoteVersion;
import org.openepr.caserecord.domain.notes.SaveId;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** A clinician corrects a validated note: a new signed version with the reason; the earlier versions stay readable. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class AmendNote {

    @Inject
    NoteRepository notes;

    @Inject
    NoteSaves saves;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved amend(String saveIdText, UUID noteId, int basedOn, String text, String reasonText) {
        InputCheck check = new InputCheck();
        SaveId saveId = NoteSaves.saveId(check, saveIdText);
        NoteText noteText = NoteSaves.text(check, text);
        String reason = check.field("reason", () -> InputCheck.text("Reason", reasonText, Amendment.REASON_MAX, true));
        if (noteText != null && noteText.isBlank()) {
            check.problem("text", "Note text is required: an amendment replaces the text, it cannot be empty");
        }
        check.throwIfAny();
        ClinicalNote note = saves.lock(noteId);
        var earlier = saves.earlier(saveId, noteId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<NoteVersion> versions = notes.versions(noteId);
        NoteVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        NoteVersion amended = note.amend(basedOn, current, new Amendment(noteText, reason), trust.caller().userId(), clock.instant());
        notes.add(amended);
        return saves.record(saveId, note, NotesAudit.NOTE_AMENDED, "version " + amended.number() + ": " + reason);
    }
}
