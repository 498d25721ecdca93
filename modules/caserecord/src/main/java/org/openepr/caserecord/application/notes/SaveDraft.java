package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
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
        return saves.once(saveIdText, noteId, text, (note, noteText) -> {
            note.saveDraft(basedOn, noteText, trust.caller().userId(), clock.instant());
            return NotesAudit.DRAFT_SAVED;
        });
    }
}
