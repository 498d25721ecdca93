package org.openepr.platform.web.drafts;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.errors.StaleDraftException;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.StaffNames;

/**
 * The server side of the platform's draft editor ({@code platform/draft-editor.js}): the page posts the draft here as
 * JSON every few seconds while it changes and when a field loses focus. Same sign-in as the pages (an expired session
 * gets Keycloak's sign-in page, not JSON, which the page recognises). Each save carries the id the page chose for it
 * (sent again, it gets the first answer) and the revision it was typed over. Answers: 200 saved, 409 stale (both
 * texts), 422 a field at fault, 403, 404, 415 not JSON. A module's servlet says only how to save its record.
 */
public abstract class DraftSaveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(UkDates.UK);

    @Inject
    StaffNames staff;

    /** What is saved, in words: "note", "discharge summary". */
    protected abstract String what();

    /** The largest text the record takes, in characters: a bigger body is refused before it is read whole. */
    protected abstract int maxTextLength();

    /** Saves (or repeats the answer to) one save described by the posted JSON, through the module's use case. */
    protected abstract DraftSaved save(JsonObject body);

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String type = request.getContentType();
        if (type == null || !type.startsWith("application/json")) {
            // a form on another site cannot send JSON without the browser asking first: no cross-site saves
            answer(response, 415, Json.createObjectBuilder().add("message", "Send the " + what() + " as application/json"));
            return;
        }
        try {
            DraftSaved saved = save(body(request));
            answer(response, 200, Json.createObjectBuilder().add("id", saved.id().toString()).add("revision", saved.revision())
                    .add("savedAt", saved.savedAt().toString()).add("savedAtTime", SECONDS.format(saved.savedAt()))
                    .add("savedBy", staff.name(saved.savedBy())).add("repeated", saved.repeated()));
        } catch (RuntimeException e) {
            refused(response, Failures.meaningful(e), e);
        }
    }

    private JsonObject body(HttpServletRequest request) throws IOException {
        // JSON escapes can make a character six; plus the other fields
        if (request.getContentLengthLong() > (long) maxTextLength() * 6 + 4096) {
            throw new InvalidInputException("text", "The " + what() + " must be at most " + String.format("%,d", maxTextLength()) + " characters");
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Reader reader = request.getReader(); JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The save was not understood (not a JSON object)");
        }
    }

    /** A string member of the body, or null when absent or not a string. */
    protected static String string(JsonObject body, String name) {
        JsonValue value = body.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? body.getString(name) : null;
    }

    /** The revision the save was typed over, or -1 when absent (refused as stale by the record). */
    protected static int basedOn(JsonObject body) {
        return body.containsKey("basedOn") && body.get("basedOn").getValueType() == JsonValue.ValueType.NUMBER ? body.getInt("basedOn") : -1;
    }

    /** An id sent by the page; anything but a UUID is "No such …". */
    protected static UUID uuid(String raw, String what) {
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
        if (cause instanceof StaleDraftException stale) {
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
            answer(response, 404, Json.createObjectBuilder().add("message", "No such " + what()));
        } else {
            log("A " + what() + " save failed", thrown);
            answer(response, 500, Json.createObjectBuilder().add("message", "The " + what() + " could not be saved just now: it is kept on this device"));
        }
    }

    private static void answer(HttpServletResponse response, int status, JsonObjectBuilder json) throws IOException {
        response.setStatus(status);
        response.getWriter().write(json.build().toString());
    }
}
