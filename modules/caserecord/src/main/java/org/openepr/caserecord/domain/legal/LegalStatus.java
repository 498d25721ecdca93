package org.openepr.caserecord.domain.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.time.UkDates;

/**
 * One period of a patient's legal status (informal, a section of the Mental Health Act, a CTO...). It starts, may
 * be renewed (extending its expiry), and ends: when the patient is discharged from it, or when a new status
 * replaces it. The history is the periods themselves; one current status at a time.
 */
@Entity
@Table(name = "legal_status")
public class LegalStatus extends TrustOwned {

    /** At most one current (not ended) status per patient: the database's second line. */
    public static final String ONE_CURRENT = "legal_status_one_current";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private MentalHealthActSection section;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private int renewals;

    @Column(name = "renewed_by")
    private String renewedBy;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private int version;

    protected LegalStatus() {
    }

    /** What happened to a status after it began: its renewals (the last by, at) and its end (at, reason, by). */
    public record Course(int renewals, String renewedBy, Instant renewedAt, Instant endedAt, String endReason, String endedBy) {
    }

    /**
     * A status as another instance's export held it, under a new id (the whole-trust import): its expiry as it stood
     * there (renewals included), not derived again.
     */
    public static LegalStatus imported(UUID id, UUID patientId, MentalHealthActSection section, Instant startedAt, Instant expiresAt,
            Course course, String recordedBy, Instant recordedAt) {
        if ((course.endedAt() == null) != (course.endReason() == null)) {
            throw new IllegalArgumentException("An ended status says why it ended");
        }
        LegalStatus s = new LegalStatus();
        s.id = id;
        s.patientId = patientId;
        s.section = section;
        s.startedAt = startedAt;
        s.expiresAt = expiresAt;
        s.renewals = course.renewals();
        s.renewedBy = course.renewedBy();
        s.renewedAt = course.renewedAt();
        s.endedAt = course.endedAt();
        s.endReason = course.endReason();
        s.endedBy = course.endedBy();
        s.recordedBy = recordedBy;
        s.recordedAt = recordedAt;
        return s;
    }

    /** A status starting at {@code start} (not in the future); its expiry derived from the section. */
    public static LegalStatus begin(UUID patientId, MentalHealthActSection section, Instant start, String by, Instant now) {
        if (start.isAfter(now)) {
            throw new RuleRefusedException("start", "Start cannot be in the future");
        }
        LegalStatus s = new LegalStatus();
        s.id = UUID.randomUUID();
        s.patientId = patientId;
        s.section = section;
        s.startedAt = start;
        s.expiresAt = section.expiryFrom(start).orElse(null);
        s.recordedBy = by;
        s.recordedAt = now;
        return s;
    }

    /** Ends the status at {@code at}: not before it started, not in the future. */
    public void end(Instant at, String reason, String by, Instant now) {
        if (!isCurrent()) {
            throw new RuleRefusedException("end", section.label() + " has already ended");
        }
        if (at.isBefore(startedAt)) {
            throw new RuleRefusedException("end", "End cannot be before the start (" + UkDates.dateTime(startedAt) + ")");
        }
        if (at.isAfter(now)) {
            throw new RuleRefusedException("end", "End cannot be in the future");
        }
        endedAt = at;
        endReason = reason;
        endedBy = by;
    }

    /** Renewed before it expires, from its current expiry, by the section's next renewal period. */
    public void renew(String by, Instant now) {
        if (!isCurrent()) {
            throw new RuleRefusedException("renew", section.label() + " has ended: record a new status instead");
        }
        if (!section.isRenewable()) {
            throw new RuleRefusedException("renew", section.label() + " cannot be renewed");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleRefusedException("renew", section.label() + " expired on " + UkDates.dateTime(expiresAt)
                    + ": it can no longer be renewed");
        }
        Period run = Period.between(ZonedDateTime.ofInstant(startedAt, UkDates.UK).toLocalDate(),
                ZonedDateTime.ofInstant(expiresAt, UkDates.UK).toLocalDate());
        Period next = section.renewal().period(renewals + 1, run).orElseThrow(() -> new RuleRefusedException("renew",
                section.label() + " has been renewed as far as the Act allows"));
        expiresAt = ZonedDateTime.ofInstant(expiresAt, UkDates.UK).plus(next).toInstant();
        renewals++;
        renewedBy = by;
        renewedAt = now;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    /** What the banner says about it now. */
    public LegalCountdown countdown(Instant now) {
        return LegalCountdown.of(this, now);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public MentalHealthActSection section() { return section; }
    public Instant startedAt() { return startedAt; }
    public Instant expiresAt() { return expiresAt; }
    public int renewals() { return renewals; }
    public String renewedBy() { return renewedBy; }
    public Instant renewedAt() { return renewedAt; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public String endReason() { return endReason; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public int version() { return version; }
}
