package org.openepr.caserecord.domain.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One save of a note (a draft save, the validation, an amendment) under the id its client chose. A save sent again
 * with the same id (a retry after a lost answer, a restart, a reload) finds this record and gets the same answer,
 * so it never makes a second revision.
 */
@Entity
@Table(name = "draft_save")
public class DraftSave extends TrustOwned {

    public static final String REVISION_UNIQUE = "draft_save_revision_unique";

    @Id
    @Column(name = "save_id")
    private UUID saveId;

    @Column(name = "note_id")
    private UUID noteId;

    private int revision;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected DraftSave() {
    }

    public static DraftSave of(SaveId saveId, ClinicalNote note) {
        DraftSave save = new DraftSave();
        save.saveId = saveId.value();
        save.noteId = note.id();
        save.revision = note.revision();
        save.savedBy = note.lastSavedBy();
        save.savedAt = note.lastSavedAt();
        return save;
    }

    public UUID saveId() { return saveId; }
    public UUID noteId() { return noteId; }
    public int revision() { return revision; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
