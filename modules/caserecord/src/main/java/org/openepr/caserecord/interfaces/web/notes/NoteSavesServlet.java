package org.openepr.caserecord.interfaces.web.notes;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.util.UUID;
import org.openepr.caserecord.application.notes.DraftSaved;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.caserecord.application.notes.ValidateNote;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.platform.web.drafts.DraftSaveServlet;

/**
 * The note editor's autosave, on the platform's draft saving (see docs/notes.md): a save without a note starts one
 * (for the patient, of the type chosen), "validate" signs it, anything else saves the draft's text.
 */
@WebServlet("/caserecord/note-saves")
public class NoteSavesServlet extends DraftSaveServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StartNote start;

    @Inject
    SaveDraft drafts;

    @Inject
    ValidateNote validation;

    @Override
    protected String what() {
        return "note";
    }

    @Override
    protected int maxTextLength() {
        return NoteText.MAX_LENGTH;
    }

    @Override
    protected org.openepr.platform.drafts.DraftSaved save(JsonObject body) {
        String saveId = string(body, "saveId");
        String text = string(body, "text");
        String note = string(body, "note");
        DraftSaved saved;
        if (note == null || note.isBlank()) {
            saved = start.start(saveId, uuid(string(body, "patient"), "patient"), uuid(string(body, "type"), "type"), text);
        } else {
            UUID noteId = uuid(note, "note");
            saved = "validate".equals(string(body, "action")) ? validation.validate(saveId, noteId, basedOn(body), text)
                    : drafts.save(saveId, noteId, basedOn(body), text);
        }
        return new org.openepr.platform.drafts.DraftSaved(saved.noteId(), saved.revision(), saved.savedBy(), saved.savedAt(), saved.repeated());
    }
}
