package org.openepr.discharge.domain.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A signed version of a discharge summary, as signed and as sent (the FHIR document): never changed (the table is
 * insert-only). Version 1 is the first signature; each later one a correction that replaces the one before it.
 */
@Entity
@Table(name = "discharge_summary_version")
public class SummaryVersion extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "summary_id")
    private UUID summaryId;

    private int number;

    @Column(name = "replaces_version")
    private Integer replacesVersion;

    /** The summary's revision this signature made. */
    private int revision;

    private String content;

    /** The FHIR document Bundle as signed and sent (JSON). */
    private String document;

    @Column(name = "bundle_id")
    private UUID bundleId;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    protected SummaryVersion() {
    }

    SummaryVersion(UUID summaryId, int number, Integer replacesVersion, int revision, SummaryContent content, String signedBy, Instant signedAt) {
        this.id = UUID.randomUUID();
        this.summaryId = summaryId;
        this.number = number;
        this.replacesVersion = replacesVersion;
        this.revision = revision;
        this.content = content.toJson();
        this.bundleId = UUID.randomUUID();
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    /** A signed version as another trust's export kept it (an import): as signed, with its document as it was sent. */
    public record Imported(int number, Integer replacesVersion, int revision, String content, String signedBy, Instant signedAt) {
    }

    public static SummaryVersion imported(UUID id, UUID summaryId, UUID bundleId, String document, Imported r) {
        SummaryContent.parse(r.content());
        SummaryVersion v = new SummaryVersion();
        v.id = id;
        v.summaryId = summaryId;
        v.number = r.number();
        v.replacesVersion = r.replacesVersion();
        v.revision = r.revision();
        v.content = r.content();
        v.bundleId = bundleId;
        v.signedBy = r.signedBy();
        v.signedAt = r.signedAt();
        v.document = document;
        return v;
    }

    public Imported toImported() {
        return new Imported(number, replacesVersion, revision, content, signedBy, signedAt);
    }

    /** The document as it goes to the GP, made once when the version is signed (before it is stored). */
    public void documentIs(String bundleJson) {
        if (document != null) {
            throw new IllegalStateException("A signed version's document is made once");
        }
        document = bundleJson;
    }

    public SummaryContent content() {
        return SummaryContent.parse(content);
    }

    public UUID id() { return id; }
    public UUID summaryId() { return summaryId; }
    public int number() { return number; }
    public Integer replacesVersion() { return replacesVersion; }
    public int revision() { return revision; }
    public String contentJson() { return content; }
    public String document() { return document; }
    public UUID bundleId() { return bundleId; }
    public String signedBy() { return signedBy; }
    public Instant signedAt() { return signedAt; }
}
