package org.openepr.caserecord.interfaces.fhir.notes;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.DocumentReference;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.fhir.SearchParams;

/** What a client sends in a DocumentReference: the text, the type, the patient and the id of this save. */
final class NoteFromFhir {

    /** Where each field of the note use cases lives in a DocumentReference, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "text", "DocumentReference.content.attachment.data",
            "type", "DocumentReference.type",
            "patient", "DocumentReference.subject",
            "saveId", "DocumentReference.masterIdentifier",
            "author", "DocumentReference.author",
            "reason", "DocumentReference.description");

    private NoteFromFhir() {
    }

    static DocumentReference required(DocumentReference body) {
        if (body == null) {
            throw new InvalidInputException("DocumentReference", "A DocumentReference resource is required in the body");
        }
        return body;
    }

    static String text(DocumentReference d) {
        if (d.getContent().size() != 1 || !d.getContentFirstRep().getAttachment().hasData()) {
            throw new InvalidInputException(FHIR_PATHS.get("text"), "Send the note's text as one content.attachment, data in base64");
        }
        var attachment = d.getContentFirstRep().getAttachment();
        if (attachment.hasContentType() && !attachment.getContentType().toLowerCase().startsWith(NoteFhirMapper.TEXT)) {
            throw new InvalidInputException("DocumentReference.content.attachment.contentType", "A note is text/plain (UTF-8)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(attachment.getData())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FHIR_PATHS.get("text"), "The text is not UTF-8");
        }
    }

    /** The client's id for this save, or one of our own (then a resend is not recognised). */
    static String saveId(DocumentReference d) {
        if (!d.hasMasterIdentifier()) {
            return UUID.randomUUID().toString();
        }
        if (!NoteFhirMapper.SAVE_ID.equals(d.getMasterIdentifier().getSystem())) {
            throw new InvalidInputException(FHIR_PATHS.get("saveId"), "Use system " + NoteFhirMapper.SAVE_ID + " and a UUID chosen for this save");
        }
        return d.getMasterIdentifier().getValue();
    }

    static UUID patient(DocumentReference d) {
        return SearchParams.requiredReference(FHIR_PATHS.get("patient"), d.getSubject().getReference(), "Patient");
    }

    /** The trust's note type: its id as the code of our system, or else its name as the type's text or display. */
    static UUID type(DocumentReference d, List<NoteType> inUse) {
        for (var coding : d.getType().getCoding()) {
            if (NoteFhirMapper.NOTE_TYPES.equals(coding.getSystem()) && coding.hasCode()) {
                return inUse.stream().filter(t -> t.id().toString().equals(coding.getCode())).findFirst().map(t -> t.id()).orElseThrow(NoteFromFhir::unknownType);
            }
        }
        String name = d.getType().hasText() ? d.getType().getText() : d.getType().getCoding().stream().map(c -> c.getDisplay())
                .filter(x -> x != null).findFirst().orElse(null);
        if (name == null) {
            throw unknownType();
        }
        return inUse.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst().map(t -> t.id()).orElseThrow(NoteFromFhir::unknownType);
    }

    private static InvalidInputException unknownType() {
        return new InvalidInputException(FHIR_PATHS.get("type"), "Type must be one of the trust's note types: a code of " + NoteFhirMapper.NOTE_TYPES
                + " as in the trust's notes, or the type's name as type.text");
    }
}
