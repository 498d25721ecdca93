package org.openepr.platform.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.openepr.platform.persistence.TrustOwned;

/** The trust's header logo, or none since it was removed (the row stays: the application deletes no trust row). */
@Entity
@Table(name = "trust_logo")
public class TrustLogo extends TrustOwned {

    /** The one kind there is for now: the logo in the page header. */
    static final String HEADER = "header";

    @Id
    private String kind;

    @Column(name = "media_type")
    private String mediaType;

    private byte[] image;

    private String sha256;

    @Version
    private int version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected TrustLogo() {
    }

    TrustLogo(LogoImage logo, Instant at, String by) {
        this(HEADER, logo, at, by);
    }

    TrustLogo(String kind, LogoImage logo, Instant at, String by) {
        this.kind = kind;
        show(logo, at, by);
    }

    void show(LogoImage logo, Instant at, String by) {
        this.mediaType = logo.mediaType();
        this.image = logo.bytes();
        this.sha256 = logo.sha256();
        this.changedAt = at;
        this.changedBy = by;
    }

    void remove(Instant at, String by) {
        this.mediaType = null;
        this.image = null;
        this.sha256 = null;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String kind() {
        return kind;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<LogoImage> image() {
        return image == null ? Optional.empty() : Optional.of(new LogoImage(mediaType, image, sha256));
    }
}
