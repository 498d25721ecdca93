package org.openepr.caserecord.interfaces.web.notes;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.openepr.caserecord.application.notes.DraftSaved;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.caserecord.application.notes.ValidateNote;
import org.openepr.caserecord.domain.notes.NoteText;
import org.openepr.caserecord.domain.notes.StaleNoteException;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.StaffNames;

/**
 * The note editor's autosave: the page posts the draft here as JSON every few seconds while the text changes and
 * when the field loses focus. Same sign-in as the pages (an expired session gets Keycloak's sign-in page, not JSON,
 * which the page recognises). Each save carries the id the page chose for it and the revision it was typed over.
 * Answers: 200 saved, 409 stale (both texts), 422 a field at fault, 403, 404.
 */
@WebServlet("/caserecord/note-saves")
public class NoteSavesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The JSON around the largest note: refused before it is read whole. */
    private static final int BODY_MAX = NoteText.MAX_LENGTH * 6 + 4096;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(UkDates.UK);

    @Inject
    StartNote start;

    @Inject
    SaveDraft drafts;

    @Inject
    ValidateNote validation;

    @Inject
    StaffNames staff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = request.getContentType();
        if (type == null || !type.startsWith("application/json")) {
            // a form on another site cannot send JSON without the browser asking first: no cross-site saves
            answer(response, 415, Json.createObjectBuilder().add("message", "Send the note as application/json"));
            return;
        }
        try {
            JsonObject body = body(request);
            DraftSaved saved = save(body);
            answer(response, 200, Json.createObjectBuilder().add("noteId", saved.noteId().toString()).add("revision", saved.revision())
                    .add("savedAt", saved.savedAt().toString()).add("savedAtTime", SECONDS.format(saved.savedAt()))
                    .add("savedBy", staff.name(saved.savedBy())).add("repeated", saved.repeated()));
        } catch (RuntimeException e) {
            refused(response, Failures.meaningful(e), e);
        }
    }

    private DraftSaved save(JsonObject body) {
        String action = string(body, "action");
        String saveId = string(body, "saveId");
        String text = string(body, "text");
        String note = string(body, "note");
        if (note == null || note.isBlank()) {
            return start.start(saveId, uuid(string(body, "patient"), "patient"), uuid(string(body, "type"), "type"), text);
        }
        UUID noteId = uuid(note, "note");
        int basedOn = body.containsKey("basedOn") && body.get("basedOn").getValueType() == JsonValue.ValueType.NUMBER ? body.getInt("basedOn") : -1;
        return "validate".equals(action) ? validation.validate(saveId, noteId, basedOn, text) : drafts.save(saveId, noteId, basedOn, text);
    }

    private static JsonObject body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > BODY_MAX) {
            throw new InvalidInputException("text", "Note text must be at most " + String.format("%,d", NoteText.MAX_LENGTH)
                    + " characters: split it into two notes");
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Reader reader = request.getReader(); JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The save was not understood (not a JSON object)");
        }
    }

    private static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? body.getString(name) : null;
    }

    private static UUID uuid(String raw, String what) {
        if (raw == null || raw.length() != 36) {
            throw new InvalidInputException(what, "No such " + what);
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what, "No such " + what);
        }
    }

    private void refused(HttpServletResponse response, Throwable cause, RuntimeException thrown) throws IOException {
        if (cause instanceof StaleNoteException stale) {
            answer(response, 409, Json.createObjectBuilder().add("stale", true).add("message", stale.getMessage())
                    .add("currentRevision", stale.currentRevision()).add("currentText", stale.currentText() == null ? "" : stale.currentText())
                    .add("yourText", stale.rejectedText()).add("savedBy", staff.name(stale.savedBy()))
                    .add("savedAtTime", SECONDS.format(stale.savedAt())));
        } else if (cause instanceof InvalidInputException invalid) {
            var problem = invalid.problems().get(0);
            answer(response, 422, Json.createObjectBuilder().add("field", problem.field()).add("message", problem.message()));
        } else if (cause instanceof ConflictException conflict) {
            answer(response, 409, Json.createObjectBuilder().add("field", conflict.field()).add("message", conflict.getMessage()));
        } else if (cause instanceof AccessRefusedException) {
            answer(response, 403, Json.createObjectBuilder().add("message", cause.getMessage()));
        } else if (cause instanceof RecordNotFoundException) {
            answer(response, 404, Json.createObjectBuilder().add("message", "No such note"));
        } else {
            log("A note save failed", thrown);
            answer(response, 500, Json.createObjectBuilder().add("message", "The note could not be saved just now: it is kept on this device"));
        }
    }

    private static void answer(HttpServletResponse response, int status, JsonObjectBuilder json) throws IOException {
        response.setStatus(status);
        response.getWriter().write(json.build().toString());
    }
}
