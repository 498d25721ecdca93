package org.openepr.platform.releases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A decision of the hosting operator for the whole instance (no trust's), e.g. the release new trusts start on. */
@Entity
@Table(name = "instance_setting")
public class InstanceSetting {

    @Id
    private String setting;

    private String value;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private int version;

    protected InstanceSetting() {
    }

    InstanceSetting(String setting, String value, Instant at, String by) {
        this.setting = setting;
        change(value, at, by);
    }

    void change(String newValue, Instant at, String by) {
        value = newValue;
        changedAt = at;
        changedBy = by;
    }

    public String value() {
        return value;
    }
}
