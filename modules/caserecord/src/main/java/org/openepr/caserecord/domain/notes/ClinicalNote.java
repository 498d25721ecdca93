package org.openepr.caserecord.domain.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A clinical note. While a draft its text is saved again and again (each save one revision, made against the revision
 * the writer last saw, so a save over someone else's newer text is refused, never silently lost). Its author then
 * validates (signs) it: from then on it is immutable and a correction is an amendment, a new signed version with its
 * reason, every version kept. The revision counts every change, so it is also the version an API client sees.
 */
@Entity
@Table(name = "clinical_note")
public class ClinicalNote extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "note_type_id")
    private UUID noteTypeId;

    @Enumerated(EnumType.STRING)
    private NoteStatus status;

    private int revision;

    @Column(name = "draft_text")
    private String draftText;

    private String author;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_saved_by")
    private String lastSavedBy;

    @Column(name = "last_saved_at")
    private Instant lastSavedAt;

    @Column(name = "validated_at")
    private Instant validatedAt;

    protected ClinicalNote() {
    }

    public static ClinicalNote start(UUID patientId, UUID noteTypeId, NoteText text, String author, Instant at) {
        ClinicalNote note = new ClinicalNote();
        note.id = UUID.randomUUID();
        note.patientId = patientId;
        note.noteTypeId = noteTypeId;
        note.status = NoteStatus.DRAFT;
        note.revision = 1;
        note.draftText = text.value();
        note.author = author;
        note.createdAt = stored(at);
        note.lastSavedBy = author;
        note.lastSavedAt = note.createdAt;
        return note;
    }

    /** Where a note stands: its revision and who saved it last, when, and when it was validated (null: a draft). */
    public record Standing(int revision, String lastSavedBy, Instant lastSavedAt, Instant validatedAt) {
    }

    /**
     * A note as another instance's export held it, under a new id (the whole-trust import): a draft with its text, or
     * a validated note (its versions are imported with it, {@link NoteVersion#imported}).
     */
    public static ClinicalNote imported(UUID id, UUID patientId, UUID noteTypeId, String author, Instant createdAt, String draftText,
            Standing standing) {
        if (standing.revision() < 1) {
            throw new IllegalArgumentException("A note's revision starts at 1");
        }
        if ((standing.validatedAt() == null) != (draftText != null)) {
            throw new IllegalArgumentException("A draft has text of its own; a validated note has its versions instead");
        }
        ClinicalNote note = new ClinicalNote();
        note.id = id;
        note.patientId = patientId;
        note.noteTypeId = noteTypeId;
        note.status = draftText != null ? NoteStatus.DRAFT : NoteStatus.VALIDATED;
        note.revision = standing.revision();
        note.draftText = draftText;
        note.author = author;
        note.createdAt = stored(createdAt);
        note.lastSavedBy = standing.lastSavedBy();
        note.lastSavedAt = stored(standing.lastSavedAt());
        note.validatedAt = standing.validatedAt() == null ? null : stored(standing.validatedAt());
        return note;
    }

    /** The draft's new text, typed over revision {@code basedOn}. */
    public void saveDraft(int basedOn, NoteText text, String by, Instant at) {
        requireDraft();
        requireCurrent(basedOn, draftText, text.value());
        draftText = text.value();
        touched(by, at);
    }

    /** The author signs the draft as it stands (or as last typed): version 1, immutable from now on. */
    public NoteVersion validate(int basedOn, NoteText text, String by, Instant at) {
        requireDraft();
        if (!author.equals(by)) {
            throw new RuleRefusedException("author", "Only the note's author can validate it: ask them to sign it, or write your own note");
        }
        requireCurrent(basedOn, draftText, text.value());
        text.requireWritten();
        status = NoteStatus.VALIDATED;
        draftText = null;
        validatedAt = stored(at);
        touched(by, at);
        return new NoteVersion(id, 1, revision, text, null, by, lastSavedAt);
    }

    /** A correction of a validated note: a new version after {@code current}, which stays as it was. */
    public NoteVersion amend(int basedOn, NoteVersion current, Amendment amendment, String by, Instant at) {
        if (status != NoteStatus.VALIDATED) {
            throw new RuleRefusedException("reason", "This note is still a draft: change its text instead of amending it");
        }
        requireCurrent(basedOn, current.text(), amendment.text().value());
        touched(by, at);
        return new NoteVersion(id, current.number() + 1, revision, amendment.text(), amendment, by, lastSavedAt);
    }

    private void requireDraft() {
        if (status != NoteStatus.DRAFT) {
            throw new RuleRefusedException("text", "This note was validated and cannot change: amend it, giving a reason");
        }
    }

    private void requireCurrent(int basedOn, String currentText, String rejectedText) {
        if (basedOn != revision) {
            throw new StaleNoteException(id, revision, currentText, rejectedText, lastSavedBy, lastSavedAt);
        }
    }

    private void touched(String by, Instant at) {
        revision++;
        lastSavedBy = by;
        lastSavedAt = stored(at);
    }

    /** As the database keeps it (microseconds), so the first answer to a save and its repeat say the same time. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isDraft() {
        return status == NoteStatus.DRAFT;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID noteTypeId() { return noteTypeId; }
    public NoteStatus status() { return status; }
    public int revision() { return revision; }
    public String draftText() { return draftText; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
    public String lastSavedBy() { return lastSavedBy; }
    public Instant lastSavedAt() { return lastSavedAt; }
    public Instant validatedAt() { return validatedAt; }
}
