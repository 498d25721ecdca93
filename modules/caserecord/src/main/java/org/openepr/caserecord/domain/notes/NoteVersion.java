package org.openepr.caserecord.domain.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** A signed text of a note: version 1 as validated by its author, each later one an amendment with its reason. Never changed. */
@Entity
@Table(name = "note_version")
public class NoteVersion extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "note_id")
    private UUID noteId;

    private int number;

    /** The note's revision this version made (the API's versionId). */
    private int revision;

    private String text;

    /** Why it was amended; none for the first version. */
    private String reason;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected NoteVersion() {
    }

    NoteVersion(UUID noteId, int number, int revision, NoteText text, Amendment amendment, String signedBy, Instant signedAt) {
        this.id = UUID.randomUUID();
        this.noteId = noteId;
        this.number = number;
        this.revision = revision;
        this.text = text.value();
        this.reason = amendment == null ? null : amendment.reason();
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    /** A signed version as another instance's export held it (the whole-trust import); number 1 has no reason. */
    public static NoteVersion imported(UUID noteId, int number, int revision, String text, String reason, String signedBy, Instant signedAt) {
        if ((number == 1) != (reason == null)) {
            throw new IllegalArgumentException("Only an amendment (version 2 on) says why it was made");
        }
        NoteVersion v = new NoteVersion();
        v.id = UUID.randomUUID();
        v.noteId = noteId;
        v.number = number;
        v.revision = revision;
        v.text = text;
        v.reason = reason;
        v.signedBy = signedBy;
        v.signedAt = signedAt;
        return v;
    }

    public boolean isAmendment() {
        return reason != null;
    }

    public UUID id() { return id; }
    public UUID noteId() { return noteId; }
    public int number() { return number; }
    public int revision() { return revision; }
    public String text() { return text; }
    public String reason() { return reason; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
}
