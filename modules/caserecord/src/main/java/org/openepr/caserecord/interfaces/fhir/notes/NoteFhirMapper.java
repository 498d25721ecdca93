package org.openepr.caserecord.interfaces.fhir.notes;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.caserecord.application.notes.NoteView;
import org.openepr.caserecord.domain.notes.NoteVersion;

/**
 * A clinical note as a UK Core DocumentReference: the text as a text/plain attachment (base64, UTF-8), the trust's
 * note type, docStatus preliminary (a draft), final (validated) or amended; meta.versionId is the note's revision.
 */
@ApplicationScoped
public class NoteFhirMapper {

    public static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-DocumentReference";
    /** The trust's own note types: the code is the type's id, the display its name. */
    public static final String NOTE_TYPES = "https://openepr.org/fhir/CodeSystem/note-type";
    /** The id a client gives one save (masterIdentifier: the id of this version): sent again, it saves once. */
    public static final String SAVE_ID = "https://openepr.org/fhir/Id/note-save";
    public static final String STAFF = "https://openepr.org/fhir/Id/staff";
    public static final String TEXT = "text/plain";

    /** The note as it stands now. */
    public DocumentReference current(NoteView note) {
        DocumentReference d = base(note, note.revision(), note.lastSavedAt());
        d.setDocStatus(note.isDraft() ? DocumentReference.ReferredDocumentStatus.PRELIMINARY
                : note.isAmended() ? DocumentReference.ReferredDocumentStatus.AMENDED : DocumentReference.ReferredDocumentStatus.FINAL);
        d.setStatus(DocumentReferenceStatus.CURRENT);
        author(d, note.isDraft() ? note.author() : note.versions().get(note.versions().size() - 1).signedBy());
        if (note.isAmended()) {
            // why it was last amended, as its version in _history says
            d.setDescription("Amended: " + note.versions().get(note.versions().size() - 1).reason());
        }
        content(d, note.text());
        return d;
    }

    /** A signed version as it was: superseded unless it is the latest. */
    public DocumentReference version(NoteView note, NoteVersion version) {
        boolean latest = version.revision() == note.revision();
        DocumentReference d = base(note, version.revision(), version.signedAt());
        d.setDocStatus(version.isAmendment() ? DocumentReference.ReferredDocumentStatus.AMENDED : DocumentReference.ReferredDocumentStatus.FINAL);
        d.setStatus(latest ? DocumentReferenceStatus.CURRENT : DocumentReferenceStatus.SUPERSEDED);
        if (version.isAmendment()) {
            d.setDescription("Amended: " + version.reason());
        }
        author(d, version.signedBy());
        content(d, version.text());
        return d;
    }

    private static DocumentReference base(NoteView note, int revision, java.time.Instant updated) {
        DocumentReference d = new DocumentReference();
        d.setId(note.id().toString());
        d.getMeta().setVersionId(String.valueOf(revision)).setLastUpdated(Date.from(updated)).addProfile(PROFILE);
        d.getType().addCoding().setSystem(NOTE_TYPES).setCode(note.typeId().toString()).setDisplay(note.typeName());
        d.getType().setText(note.typeName());
        d.setSubject(new Reference("Patient/" + note.patientId()));
        d.setDate(Date.from(note.createdAt()));
        return d;
    }

    private static void author(DocumentReference d, String userId) {
        d.addAuthor().setIdentifier(new Identifier().setSystem(STAFF).setValue(userId)).setDisplay(userId);
    }

    private static void content(DocumentReference d, String text) {
        d.addContent().getAttachment().setContentType(TEXT).setLanguage("en-GB")
                .setData((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }
}
