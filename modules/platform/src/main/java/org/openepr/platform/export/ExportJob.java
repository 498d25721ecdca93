package org.openepr.platform.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** One whole-trust export: who asked, how, where it stands. Its files ({@link ExportFile}) hold the per-type checkpoints. */
@Entity
@Table(name = "export_job")
public class ExportJob extends TrustOwned {

    /** How the export was asked for: the trust admin's page, or the FHIR Bulk Data API. */
    public enum Via { SCREEN, BULK_API }

    @Id
    private UUID id;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_via")
    private Via requestedVia;

    @Enumerated(EnumType.STRING)
    private ExportState state;

    private long expected;

    private long written;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String failure;

    protected ExportJob() {
    }

    ExportJob(UUID id, String requestedBy, Instant at, Via via) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.requestedVia = via;
        this.state = ExportState.QUEUED;
    }

    void started(long expectedResources) {
        if (state == ExportState.QUEUED) {
            state = ExportState.RUNNING;
            expected = expectedResources;
        }
    }

    void wrote(long resources) {
        written += resources;
    }

    void done(Instant at) {
        state = ExportState.DONE;
        finishedAt = at;
    }

    void failed(String why, Instant at) {
        state = ExportState.FAILED;
        failure = why == null ? "unknown" : why.length() > 1000 ? why.substring(0, 1000) : why;
        finishedAt = at;
    }

    void cancelled(Instant at) {
        if (!state.isFinished()) {
            state = ExportState.CANCELLED;
            finishedAt = at;
        }
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

    public Via requestedVia() {
        return requestedVia;
    }

    public ExportState state() {
        return state;
    }

    public long expected() {
        return expected;
    }

    public long written() {
        return written;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }

    /** 0–100; a job with nothing to export is 100 when done. */
    public int percent() {
        if (state == ExportState.DONE) {
            return 100;
        }
        return expected == 0 ? 0 : (int) Math.min(99, written * 100 / expected);
    }
}
