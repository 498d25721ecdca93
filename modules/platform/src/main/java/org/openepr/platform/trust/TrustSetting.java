package org.openepr.platform.trust;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.openepr.platform.persistence.TrustOwned;

/** One decision a trust has made for a module ("clinics.dna_next_step" = "OFFER_ANOTHER"), with who made it and when. */
@Entity
@Table(name = "trust_setting")
public class TrustSetting extends TrustOwned {

    @Id
    private String setting;

    private String value;

    @Version
    private int version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected TrustSetting() {
    }

    TrustSetting(String setting, String value, Instant at, String by) {
        this.setting = setting;
        change(value, at, by);
    }

    void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String value() {
        return value;
    }

    /** "module.name". */
    public String key() {
        return setting;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
