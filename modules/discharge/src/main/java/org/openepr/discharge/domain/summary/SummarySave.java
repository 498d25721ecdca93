package org.openepr.discharge.domain.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One save of a summary (an edit, a signature, the start of a correction) under the id its client chose: sent again
 * (a retry after a lost answer, a reload) it finds this and gets the same answer, never a second revision.
 */
@Entity
@Table(name = "discharge_summary_save")
public class SummarySave extends TrustOwned {

    @Id
    @Column(name = "save_id")
    private UUID saveId;

    @Column(name = "summary_id")
    private UUID summaryId;

    private int revision;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected SummarySave() {
    }

    public SummarySave(UUID saveId, DischargeSummary summary) {
        this.saveId = saveId;
        this.summaryId = summary.id();
        this.revision = summary.revision();
        this.savedBy = summary.lastSavedBy();
        this.savedAt = summary.lastSavedAt();
    }

    public UUID saveId() { return saveId; }
    public UUID summaryId() { return summaryId; }
    public int revision() { return revision; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
