package org.openepr.medicines.domain.formulary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.openepr.medicines.domain.screening.FormularyPosition;
import org.openepr.platform.persistence.TrustOwned;

/** A product the trust allows, with any restriction on who may start it and any local maximum dose. */
@Entity
@Table(name = "formulary_entry")
public class FormularyEntry extends TrustOwned {

    @Id
    @Column(name = "product_id")
    private String productId;

    private boolean withdrawn;

    private String restriction;

    @Column(name = "local_maximum")
    private BigDecimal localMaximum;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private int version;

    protected FormularyEntry() {
    }

    public FormularyEntry(String productId, String restriction, BigDecimal localMaximum, String by, Instant at) {
        this.productId = productId;
        change(restriction, localMaximum, by, at);
    }

    public void change(String newRestriction, BigDecimal newLocalMaximum, String by, Instant at) {
        if (newLocalMaximum != null && newLocalMaximum.signum() <= 0) {
            throw new IllegalArgumentException("Local maximum must be more than 0");
        }
        withdrawn = false;
        restriction = newRestriction;
        localMaximum = newLocalMaximum;
        changedBy = by;
        changedAt = at;
    }

    /** Taken off the formulary: kept, with who and when, so the trust's past decisions stay readable. */
    public void withdraw(String by, Instant at) {
        withdrawn = true;
        changedBy = by;
        changedAt = at;
    }

    public boolean isListed() {
        return !withdrawn;
    }

    public FormularyPosition position() {
        return new FormularyPosition(true, !withdrawn, Optional.ofNullable(restriction), Optional.ofNullable(localMaximum));
    }

    public String productId() { return productId; }
    public Optional<String> restriction() { return Optional.ofNullable(restriction); }
    public Optional<BigDecimal> localMaximum() { return Optional.ofNullable(localMaximum); }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public int version() { return version; }
}
