package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.CaseRecordResources;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * Clinical notes as DocumentReference: created and updated as drafts with If-Match (412 on a stale version), validated,
 * read with their versions, conforming to UK Core; bad input named; another trust's notes not there.
 */
class NotesApiIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String CLINICIAN = "rat.clinician";
    static final String SAVE_ID = "https://openepr.org/fhir/Id/note-save";

    static String patient(String token) {
        return Fhir.register(token, Fhir.patient(NhsNumbers.next(), "Notesapi", "Ned", "1975-04-04")).getIdPart();
    }

    /** A note as a client would send it: the text base64 in a text/plain attachment, the type by name, this save's id. */
    static String note(String patientId, String type, String text, String saveId, DocumentReference.ReferredDocumentStatus docStatus) {
        return CaseRecordResources.note(patientId, type, text, saveId, docStatus);
    }

    static Http.Answer create(String token, String json) {
        return Http.post(FHIR + "DocumentReference", token, json, Map.of());
    }

    static Http.Answer update(String token, String id, int version, String json) {
        return Http.request("PUT", FHIR + "DocumentReference/" + id, Map.of("Authorization", "Bearer " + token, "Content-Type",
                "application/fhir+json", "Accept", "application/fhir+json", "If-Match", "W/\"" + version + "\""), json);
    }

    static String text(DocumentReference d) {
        return new String(d.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8);
    }

    static void assertConforms(String json) {
        assertEquals(List.of(), UkCore.errors(json), json);
    }

    static void assertNamed(Http.Answer answer, int status, String path) {
        assertEquals(status, answer.status(), answer.body());
        var outcome = Fhir.outcome(answer);
        assertTrue(outcome.getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().equals(path))),
                "names " + path + ": " + answer.body());
    }

    @Test
    void aNoteIsCreatedUpdatedWithIfMatchValidated_andEveryVersionIsReadableAsUkCore() {
        String token = Tokens.of(CLINICIAN);
        String patientId = patient(token);
        var created = create(token, note(patientId, "Progress note", "Phoned. <b>Anxious</b>.", UUID.randomUUID().toString(), null));
        assertEquals(201, created.status(), created.body());
        assertEquals("W/\"1\"", created.header("ETag"));
        DocumentReference made = Fhir.parse(DocumentReference.class, created.body());
        String id = made.getIdPart();
        assertEquals(DocumentReference.ReferredDocumentStatus.PRELIMINARY, made.getDocStatus());
        assertEquals("Phoned. <b>Anxious</b>.", text(made), "stored as sent");
        assertConforms(created.body());

        var updated = update(token, id, 1, note(patientId, "Progress note", "Phoned. Anxious; plan agreed.", UUID.randomUUID().toString(), null));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("2", Fhir.parse(DocumentReference.class, updated.body()).getMeta().getVersionId());
        var stale = update(token, id, 1, note(patientId, "Progress note", "Typed over version 1", UUID.randomUUID().toString(), null));
        assertEquals(412, stale.status(), stale.body());
        assertEquals("OperationOutcome", stale.json().getString("resourceType"));

        var signed = update(token, id, 2, note(patientId, "Progress note", "Phoned. Anxious; plan agreed.", UUID.randomUUID().toString(),
                DocumentReference.ReferredDocumentStatus.FINAL));
        assertEquals(200, signed.status(), signed.body());
        DocumentReference validated = Fhir.parse(DocumentReference.class, signed.body());
        assertEquals(DocumentReference.ReferredDocumentStatus.FINAL, validated.getDocStatus());
        assertConforms(signed.body());
        var afterSigning = update(token, id, 3, note(patientId, "Progress note", "Changed after signing", UUID.randomUUID().toString(), null));
        assertEquals(422, afterSigning.status(), "a validated note cannot change: " + afterSigning.body());

        var read = Http.get(FHIR + "DocumentReference/" + id, token);
        assertEquals(200, read.status());
        assertEquals("W/\"3\"", read.header("ETag"));
        assertConforms(read.body());
        var version = Http.get(FHIR + "DocumentReference/" + id + "/_history/3", token);
        assertEquals(200, version.status(), version.body());
        assertEquals("Phoned. Anxious; plan agreed.", text(Fhir.parse(DocumentReference.class, version.body())));
        assertEquals(404, Http.get(FHIR + "DocumentReference/" + id + "/_history/1", token).status(), "a draft's earlier texts are not kept");
        var history = Fhir.bundle(Http.get(FHIR + "DocumentReference/" + id + "/_history", token));
        assertEquals(Bundle.BundleType.HISTORY, history.getType());

        var search = Http.get(FHIR + "DocumentReference?patient=Patient/" + patientId, token);
        assertEquals(200, search.status(), search.body());
        Bundle found = Fhir.bundle(search);
        assertEquals(1, found.getTotal());
        assertEquals(id, found.getEntryFirstRep().getResource().getIdElement().getIdPart());
    }

    @Test
    void aResentSaveIsSavedOnce() throws Exception {
        String token = Tokens.of(CLINICIAN);
        String patientId = patient(token);
        String startId = UUID.randomUUID().toString();
        String body = note(patientId, "Assessment", "Resent create", startId, null);
        String first = Fhir.parse(DocumentReference.class, create(token, body).body()).getIdPart();
        var again = create(token, body);
        assertEquals(201, again.status(), again.body());
        assertEquals(first, Fhir.parse(DocumentReference.class, again.body()).getIdPart(), "the same note, not a second one");
        String saveId = UUID.randomUUID().toString();
        String save = note(patientId, "Assessment", "Resent save", saveId, null);
        assertEquals(200, update(token, first, 1, save).status());
        var resent = update(token, first, 1, save);
        assertEquals(200, resent.status(), "a resent save gets its first answer, not a 412: " + resent.body());
        try (var c = Db.asSuperuser()) {
            assertEquals(1, Db.count(c, "select count(*) from clinical_note where patient_id = ?::uuid", patientId));
            assertEquals(2, Db.count(c, "select count(*) from draft_save where note_id = ?::uuid", first));
            assertEquals(2, Db.count(c, "select revision from clinical_note where id = ?::uuid", first));
        }
    }

    @Test
    void badInputIsRefusedNamingTheField_andNothingIsHalfSaved() throws Exception {
        String token = Tokens.of(CLINICIAN);
        String patientId = patient(token);
        String megabyte = "x".repeat(1_048_576);
        assertNamed(create(token, note(patientId, "Progress note", megabyte, UUID.randomUUID().toString(), null)), 400,
                "DocumentReference.content.attachment.data");
        assertNamed(create(token, note(patientId, "Shopping list", "text", UUID.randomUUID().toString(), null)), 400, "DocumentReference.type");
        assertNamed(create(token, note(null, "Progress note", "text", UUID.randomUUID().toString(), null)), 400, "DocumentReference.subject");
        assertNamed(create(token, note(UUID.randomUUID().toString(), "Progress note", "text", UUID.randomUUID().toString(), null)), 400,
                "DocumentReference.subject");
        assertNamed(create(token, note(patientId, "Progress note", "text", "not-a-uuid", null)), 400, "DocumentReference.masterIdentifier");
        try (var c = Db.asSuperuser()) {
            assertEquals(0, Db.count(c, "select count(*) from clinical_note where patient_id = ?::uuid", patientId), "nothing saved");
        }
        String id = Fhir.parse(DocumentReference.class, create(token, note(patientId, "Progress note", "ok", UUID.randomUUID().toString(), null))
                .body()).getIdPart();
        assertNamed(update(token, id, 1, note(patientId, "Progress note", megabyte, UUID.randomUUID().toString(), null)), 400,
                "DocumentReference.content.attachment.data");
        var noIfMatch = Http.request("PUT", FHIR + "DocumentReference/" + id, Map.of("Authorization", "Bearer " + token, "Content-Type",
                "application/fhir+json", "Accept", "application/fhir+json"), note(patientId, "Progress note", "x", UUID.randomUUID().toString(), null));
        assertNamed(noIfMatch, 400, "If-Match");
        var badIfMatch = Http.request("PUT", FHIR + "DocumentReference/" + id, Map.of("Authorization", "Bearer " + token, "Content-Type",
                "application/fhir+json", "Accept", "application/fhir+json", "If-Match", "version one"),
                note(patientId, "Progress note", "x", UUID.randomUUID().toString(), null));
        assertNamed(badIfMatch, 400, "If-Match");
        var read = Fhir.parse(DocumentReference.class, Http.get(FHIR + "DocumentReference/" + id, token).body());
        assertEquals("ok", text(read));
        assertEquals("1", read.getMeta().getVersionId());
    }

    @Test
    void anotherTrustsNotesAreNotThere_andAClerkReadsNone() {
        String token = Tokens.of(CLINICIAN);
        String patientId = patient(token);
        String id = Fhir.parse(DocumentReference.class, create(token, note(patientId, "Letter", "Dear Dr", UUID.randomUUID().toString(), null))
                .body()).getIdPart();
        String other = Tokens.of("rkl.clinician");
        assertEquals(404, Http.get(FHIR + "DocumentReference/" + id, other).status());
        assertEquals(404, Http.get(FHIR + "DocumentReference/" + id + "/_history/1", other).status());
        assertEquals(404, Http.get(FHIR + "DocumentReference?patient=" + patientId, other).status(), "their patient is not there either");
        assertEquals(404, update(other, id, 1, note(patientId, "Letter", "Overwritten", UUID.randomUUID().toString(), null)).status());
        assertEquals(403, Http.get(FHIR + "DocumentReference/" + id, Tokens.of("rat.clerk")).status());
        assertEquals(403, Http.get(FHIR + "DocumentReference/" + id, Tokens.of("rwk.clinician")).status(), "a trust without the case record");
        var read = Fhir.parse(DocumentReference.class, Http.get(FHIR + "DocumentReference/" + id, token).body());
        assertEquals("Dear Dr", text(read));
        assertEquals(Base64.getEncoder().encodeToString("Dear Dr".getBytes(StandardCharsets.UTF_8)),
                Http.get(FHIR + "DocumentReference/" + id, token).json().getJsonArray("content").getJsonObject(0).getJsonObject("attachment")
                        .getString("data"), "base64 of the UTF-8 text");
    }

    /** A validated note's amendment as a client sends it: docStatus amended, the reason in description. */
    static String amendment(String patientId, String text, String saveId, String reason) {
        DocumentReference d = Fhir.parse(DocumentReference.class, note(patientId, "Progress note", text, saveId,
                DocumentReference.ReferredDocumentStatus.AMENDED));
        if (reason != null) {
            d.setDescription(reason);
        }
        return Fhir.json(d);
    }

    @Test
    void aValidatedNoteIsAmendedWithIfMatchAndAReason_andTheSignedVersionStaysReadable() throws Exception {
        String token = Tokens.of(CLINICIAN);
        String patientId = patient(token);
        String id = Fhir.parse(DocumentReference.class, create(token, note(patientId, "Progress note", "Seen at home. Mood low.",
                UUID.randomUUID().toString(), null)).body()).getIdPart();
        var signed = update(token, id, 1, note(patientId, "Progress note", "Seen at home. Mood low.", UUID.randomUUID().toString(),
                DocumentReference.ReferredDocumentStatus.FINAL));
        assertEquals(200, signed.status(), signed.body());
        int validated = Integer.parseInt(Fhir.parse(DocumentReference.class, signed.body()).getMeta().getVersionId());

        assertNamed(update(token, id, validated, amendment(patientId, "Seen at home. Mood low; no thoughts of self-harm.", UUID.randomUUID().toString(),
                null)), 400, "DocumentReference.description");
        assertNamed(update(token, id, validated, note(patientId, "Progress note", "Overwritten", UUID.randomUUID().toString(),
                DocumentReference.ReferredDocumentStatus.PRELIMINARY)), 422, "DocumentReference.content.attachment.data");
        var stale = update(token, id, validated - 1, amendment(patientId, "Typed over an old version", UUID.randomUUID().toString(), "Late entry"));
        assertEquals(412, stale.status(), stale.body());

        String saveId = UUID.randomUUID().toString();
        String body = amendment(patientId, "Seen at home. Mood low; no thoughts of self-harm.", saveId, "Risk assessment left out");
        var amended = update(token, id, validated, body);
        assertEquals(200, amended.status(), amended.body());
        assertConforms(amended.body());
        DocumentReference now = Fhir.parse(DocumentReference.class, amended.body());
        assertEquals(DocumentReference.ReferredDocumentStatus.AMENDED, now.getDocStatus());
        assertEquals("Seen at home. Mood low; no thoughts of self-harm.", text(now));
        int after = Integer.parseInt(now.getMeta().getVersionId());
        assertEquals(validated + 1, after);
        assertEquals(200, update(token, id, validated, body).status(), "the same amendment sent again gets its first answer");

        var old = Http.get(FHIR + "DocumentReference/" + id + "/_history/" + validated, token);
        assertEquals(200, old.status(), old.body());
        assertConforms(old.body());
        DocumentReference first = Fhir.parse(DocumentReference.class, old.body());
        assertEquals("Seen at home. Mood low.", text(first), "the signed version as it was");
        assertEquals(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.SUPERSEDED, first.getStatus());
        DocumentReference latest = Fhir.parse(DocumentReference.class, Http.get(FHIR + "DocumentReference/" + id + "/_history/" + after, token).body());
        assertEquals("Amended: Risk assessment left out", latest.getDescription());
        assertEquals(2, Fhir.bundle(Http.get(FHIR + "DocumentReference/" + id + "/_history", token)).getTotal(), "both signed versions");
        try (var c = Db.asSuperuser()) {
            assertEquals(2, Db.count(c, "select count(*) from note_version where note_id = ?::uuid", id), "amended once");
        }

        String draft = Fhir.parse(DocumentReference.class, create(token, note(patientId, "Progress note", "Draft", UUID.randomUUID().toString(), null))
                .body()).getIdPart();
        assertNamed(update(token, draft, 1, amendment(patientId, "Draft amended?", UUID.randomUUID().toString(), "Why")), 422,
                "DocumentReference.docStatus");
        assertEquals(404, update(Tokens.of("rkl.clinician"), id, after, amendment(patientId, "Other trust", UUID.randomUUID().toString(), "x"))
                .status(), "another trust's note is not there to amend");
    }
}
