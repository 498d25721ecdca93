package org.openepr.platform.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** One whole-trust import: who loaded which export into this trust, where it stands. Its files hold the checkpoints. */
@Entity
@Table(name = "import_job")
public class ImportJob extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "source_trust")
    private String sourceTrust;

    @Column(name = "source_job")
    private String sourceJob;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    private long expected;

    private long loaded;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String failure;

    protected ImportJob() {
    }

    ImportJob(UUID id, String requestedBy, Instant at, String sourceTrust, String sourceJob, long expected) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.sourceTrust = sourceTrust;
        this.sourceJob = sourceJob;
        this.expected = expected;
        this.state = ImportState.QUEUED;
    }

    void started() {
        if (state == ImportState.QUEUED) {
            state = ImportState.RUNNING;
        }
    }

    void loaded(long added) {
        loaded += added;
    }

    void done(Instant at) {
        state = ImportState.DONE;
        finishedAt = at;
    }

    void failed(String why, Instant at) {
        state = ImportState.FAILED;
        failure = why == null ? "failed" : why.length() > 1000 ? why.substring(0, 999) + "…" : why;
        finishedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String sourceTrust() {
        return sourceTrust;
    }

    public String sourceJob() {
        return sourceJob;
    }

    public ImportState state() {
        return state;
    }

    public long expected() {
        return expected;
    }

    public long loaded() {
        return loaded;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    /** 0–100, for the progress bar. */
    public int percent() {
        if (state == ImportState.DONE) {
            return 100;
        }
        return expected == 0 ? 0 : (int) Math.min(99, loaded * 100 / expected);
    }
}
