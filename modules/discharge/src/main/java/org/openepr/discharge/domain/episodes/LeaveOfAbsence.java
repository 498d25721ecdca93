package org.openepr.discharge.domain.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * Time away from the ward during an admission (section 17 leave, or agreed leave): recorded when it starts, with the
 * time the patient is due back, and ended when they return (or at their discharge, if they are discharged from leave).
 */
@Entity
@Table(name = "leave_of_absence")
public class LeaveOfAbsence extends TrustOwned {

    @Id
    private UUID id;

    @Column(name = "episode_id")
    private UUID episodeId;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private LeaveKind kind;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "due_back_at")
    private Instant dueBackAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected LeaveOfAbsence() {
    }

    LeaveOfAbsence(UUID id, EpisodeOfCare episode, LeaveKind kind, Instant startsAt, Instant dueBackAt, String by, Instant now) {
        this.id = id;
        this.episodeId = episode.id();
        this.patientId = episode.patientId();
        this.kind = kind;
        this.startsAt = startsAt;
        this.dueBackAt = dueBackAt;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Leave as another trust's export recorded it (an import): every field as it was, under new ids. */
    public record Imported(LeaveKind kind, Instant startsAt, Instant dueBackAt, Instant endedAt, String recordedBy, Instant recordedAt,
            String endedBy) {
    }

    public static LeaveOfAbsence imported(UUID id, EpisodeOfCare episode, Imported r) {
        LeaveOfAbsence l = new LeaveOfAbsence();
        l.id = id;
        l.episodeId = episode.id();
        l.patientId = episode.patientId();
        l.kind = r.kind();
        l.startsAt = r.startsAt();
        l.dueBackAt = r.dueBackAt();
        l.endedAt = r.endedAt();
        l.recordedBy = r.recordedBy();
        l.recordedAt = r.recordedAt();
        l.endedBy = r.endedBy();
        return l;
    }

    public Imported toImported() {
        return new Imported(kind, startsAt, dueBackAt, endedAt, recordedBy, recordedAt, endedBy);
    }

    void end(Instant at, String by) {
        endedAt = at;
        endedBy = by;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Overdue back: still away after the time they were due. */
    public boolean isOverdue(Instant now) {
        return isOpen() && dueBackAt != null && now.isAfter(dueBackAt);
    }

    public UUID id() { return id; }
    public UUID episodeId() { return episodeId; }
    public UUID patientId() { return patientId; }
    public LeaveKind kind() { return kind; }
    public Instant startsAt() { return startsAt; }
    public Instant dueBackAt() { return dueBackAt; }
    public Instant endedAt() { return endedAt; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String endedBy() { return endedBy; }
}
