package org.openepr.platform.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One NDJSON file of an export job: one resource type. While it is written, {@code lastKey} and {@code bytes} are its
 * checkpoint: the key of the last resource written and the file's length just after it. On resume the file is cut
 * back to {@code bytes} and reading continues after {@code lastKey}, so each resource is in the file exactly once.
 */
@Entity
@Table(name = "export_file")
public class ExportFile extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "job_id")
    private UUID jobId;

    private int position;

    private String module;

    @Column(name = "resource_type")
    private String resourceType;

    private long expected;

    private long written;

    private long bytes;

    @Column(name = "last_key")
    private String lastKey;

    private boolean finished;

    private String sha256;

    protected ExportFile() {
    }

    ExportFile(UUID jobId, int position, String module, String resourceType, long expected) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.position = position;
        this.module = module;
        this.resourceType = resourceType;
        this.expected = expected;
    }

    void checkpoint(String key, long fileBytes, long added) {
        lastKey = key;
        bytes = fileBytes;
        written += added;
    }

    void finish(String digest) {
        finished = true;
        sha256 = digest;
    }

    public UUID jobId() {
        return jobId;
    }

    public int position() {
        return position;
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

    public long written() {
        return written;
    }

    public long bytes() {
        return bytes;
    }

    public String lastKey() {
        return lastKey;
    }

    public boolean finished() {
        return finished;
    }

    public String sha256() {
        return sha256;
    }

    /** The file's name in the job's directory and the archive. */
    public String fileName() {
        return resourceType + ".ndjson";
    }
}
