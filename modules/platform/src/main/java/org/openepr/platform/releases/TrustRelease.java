package org.openepr.platform.releases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A trust's place among the releases, stored beside the trust registry (instance metadata, like the trust's status:
 * the operator sees every trust's, so it is keyed by the trust like {@code trust} is, with no row-level security). Only
 * the platform reads it; modules ask {@link Features}.
 */
@Entity
@Table(name = "trust_release")
public class TrustRelease {

    @Id
    @Column(name = "ods_code")
    private String odsCode;

    private String release;

    @Column(name = "previous_release")
    private String previousRelease;

    @Column(name = "moved_at")
    private Instant movedAt;

    @Column(name = "scheduled_release")
    private String scheduledRelease;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private int version;

    protected TrustRelease() {
    }

    TrustRelease(String odsCode, ReleasePosition position, String by) {
        this.odsCode = odsCode;
        become(position, by);
    }

    void become(ReleasePosition position, String by) {
        release = position.release();
        previousRelease = position.previous();
        movedAt = position.movedAt();
        scheduledRelease = position.scheduledRelease();
        scheduledFor = position.scheduledFor();
        changedBy = by;
    }

    public String odsCode() {
        return odsCode;
    }

    /** As stored: a scheduled move whose time has come is applied by {@link ReleasePosition#at}. */
    public ReleasePosition position() {
        return new ReleasePosition(release, previousRelease, movedAt, scheduledRelease, scheduledFor);
    }

    public int version() {
        return version;
    }
}
