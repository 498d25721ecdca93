package org.openepr.caserecord.application.notes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.notes.NoteRepository;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** The author signs their note with the text as they last saw it: version 1, immutable from then on. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class ValidateNote {

    @Inject
    NoteRepository notes;

    @Inject
    NoteSaves saves;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public DraftSaved validate(String saveIdText, UUID noteId, int basedOn, String text) {
        return saves.once(saveIdText, noteId, text, (note, noteText) -> {
            try {
                notes.add(note.validate(basedOn, noteText, trust.caller().userId(), clock.instant()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("text", e.getMessage());
            }
            return NotesAudit.NOTE_VALIDATED;
        });
    }
}
