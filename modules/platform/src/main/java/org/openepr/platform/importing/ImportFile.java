package org.openepr.platform.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/** One NDJSON file of an import job: one resource type; {@code loaded} lines of it are in (the checkpoint). */
@Entity
@Table(name = "import_file")
public class ImportFile extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "job_id")
    private UUID jobId;

    private int position;

    private String module;

    @Column(name = "resource_type")
    private String resourceType;

    private long expected;

    private long loaded;

    private boolean finished;

    protected ImportFile() {
    }

    ImportFile(UUID jobId, int position, String module, String resourceType, long expected) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.position = position;
        this.module = module;
        this.resourceType = resourceType;
        this.expected = expected;
    }

    void loaded(long lines) {
        loaded += lines;
        finished = loaded >= expected;
    }

    public String module() {
        return module;
    }

    public String resourceType() {
        return resourceType;
    }

    public long expected() {
        return expected;
    }

    public long loaded() {
        return loaded;
    }

    public boolean finished() {
        return finished;
    }

    public String fileName() {
        return resourceType + ".ndjson";
    }
}
