package org.openepr.discharge.domain.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One of the trust's wards, as its admin names it. Closed rather than deleted, so every stay keeps its ward; a closed
 * ward takes no admissions or transfers in.
 */
@Entity
@Table(name = "ward")
public class Ward extends TrustOwned {

    /** Two wards of one trust never share a name (compared without case or extra spaces). */
    public static final String NAME_UNIQUE = "ward_name_unique";
    public static final int NAME_MAX = 80;

    @Id
    private UUID id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private boolean closed;

    @Version
    private int version;

    protected Ward() {
    }

    public Ward(UUID id, String name) {
        this.id = id;
        this.name = name;
        this.nameKey = keyOf(name);
    }

    /** "Willow  ward" is "willow ward". */
    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        name = newName;
        nameKey = keyOf(newName);
    }

    public void close() {
        closed = true;
    }

    public void reopen() {
        closed = false;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public boolean isClosed() { return closed; }
    public int version() { return version; }
}
