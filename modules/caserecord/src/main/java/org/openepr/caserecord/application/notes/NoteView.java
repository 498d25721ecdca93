package org.openepr.caserecord.application.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.domain.notes.ClinicalNote;
import org.openepr.caserecord.domain.notes.NoteStatus;
import org.openepr.caserecord.domain.notes.NoteVersion;

/**
 * A note as the screens and the API show it: its current text (the draft, or the latest signed version) and, for a
 * validated note, every signed version, oldest first.
 */
public record NoteView(UUID id, UUID patientId, UUID typeId, String typeName, NoteStatus status, int revision, String text,
        String author, Instant createdAt, String lastSavedBy, Instant lastSavedAt, Instant validatedAt, List<NoteVersion> versions) {

    static NoteView of(ClinicalNote note, String typeName, List<NoteVersion> versions) {
        String text = note.isDraft() || versions.isEmpty() ? note.draftText() : versions.get(versions.size() - 1).text();
        return new NoteView(note.id(), note.patientId(), note.noteTypeId(), typeName, note.status(), note.revision(), text, note.author(),
                note.createdAt(), note.lastSavedBy(), note.lastSavedAt(), note.validatedAt(), List.copyOf(versions));
    }

    public boolean isDraft() {
        return status == NoteStatus.DRAFT;
    }

    public boolean isAmended() {
        return versions.size() > 1;
    }

    /** The first lines, for lists. */
    public String preview() {
        String t = text == null ? "" : text.strip();
        return t.length() <= 200 ? t : t.substring(0, 199) + "…";
    }
}
