package org.openepr.discharge.domain.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A stretch of an admission on one ward, under one responsible clinician: from admission or a transfer in, to a
 * transfer out or the discharge. The ward's name is kept as it was called then.
 */
@Entity
@Table(name = "ward_stay")
public class WardStay extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "episode_id")
    private UUID episodeId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "ward_id")
    private UUID wardId;

    @Column(name = "ward_name")
    private String wardName;

    @Column(name = "from_at")
    private Instant from;

    @Column(name = "to_at")
    private Instant to;

    @Column(name = "responsible_clinician")
    private String responsibleClinician;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected WardStay() {
    }

    WardStay(UUID id, EpisodeOfCare episode, Ward ward, Instant from, String clinician, String by, Instant now) {
        this.id = id;
        this.episodeId = episode.id();
        this.patientId = episode.patientId();
        this.wardId = ward.id();
        this.wardName = ward.name();
        this.from = from;
        this.responsibleClinician = clinician;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** A stay as another trust's export recorded it (an import): every field as it was, under new ids. */
    public record Imported(UUID wardId, String wardName, Instant from, Instant to, String responsibleClinician, String recordedBy,
            Instant recordedAt) {
    }

    public static WardStay imported(UUID id, EpisodeOfCare episode, UUID wardId, Imported r) {
        WardStay s = new WardStay();
        s.id = id;
        s.episodeId = episode.id();
        s.patientId = episode.patientId();
        s.wardId = wardId;
        s.wardName = r.wardName();
        s.from = r.from();
        s.to = r.to();
        s.responsibleClinician = r.responsibleClinician();
        s.recordedBy = r.recordedBy();
        s.recordedAt = r.recordedAt();
        return s;
    }

    public Imported toImported() {
        return new Imported(wardId, wardName, from, to, responsibleClinician, recordedBy, recordedAt);
    }

    void leave(Instant at) {
        to = at;
    }

    public boolean isCurrent() {
        return to == null;
    }

    public UUID id() { return id; }
    public UUID episodeId() { return episodeId; }
    public UUID patientId() { return patientId; }
    public UUID wardId() { return wardId; }
    public String wardName() { return wardName; }
    public Instant from() { return from; }
    public Instant to() { return to; }
    public String responsibleClinician() { return responsibleClinician; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
