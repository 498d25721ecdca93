package org.openepr.caserecord.domain.risks;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;

/**
 * An alert or risk on a patient's record: its category, severity, what it is about, and when it must next be
 * reviewed. A review sets the next review date (and may change the severity) and records who reviewed; an alert
 * that no longer applies is ended with a reason, never deleted. Past its review date it is overdue until reviewed.
 */
@Entity
@Table(name = "risk_alert")
public class RiskAlert extends TrustOwned {

    /** One alert per API submission id in a trust (a create sent twice at the same moment is recorded once). */
    public static final String ONE_PER_SUBMISSION = "risk_alert_submission_unique";

    /** How far ahead a review may be set: a risk unreviewed for longer than a year is not being managed. */
    public static final int LONGEST_REVIEW_INTERVAL_DAYS = 366;

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private RiskCategory category;

    @Enumerated(EnumType.STRING)
    private RiskSeverity severity;

    private String details;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    /** The API client's id for the create that recorded it, if any (a create sent again finds it). */
    @Column(name = "submission_id")
    @Convert(converter = UuidConverter.class) // null for entries recorded on a screen
    private UUID submissionId;

    @Version
    private int version;

    protected RiskAlert() {
    }

    /** Who did something to an alert and when (its review, its end), with the reason where there is one. */
    public record Act(String by, Instant at, String reason) {
    }

    /** An alert as another instance's export held it, under a new id (the whole-trust import). */
    public static RiskAlert imported(UUID id, UUID patientId, RiskCategory category, RiskSeverity severity, String details,
            LocalDate reviewDate, String recordedBy, Instant recordedAt, Act reviewed, Act ended) {
        RiskAlert r = new RiskAlert();
        r.id = id;
        r.patientId = patientId;
        r.category = category;
        r.severity = severity;
        r.details = details;
        r.reviewDate = reviewDate;
        r.recordedBy = recordedBy;
        r.recordedAt = recordedAt;
        if (reviewed != null) {
            r.reviewedBy = reviewed.by();
            r.reviewedAt = reviewed.at();
        }
        if (ended != null) {
            if (ended.reason() == null || ended.at() == null) {
                throw new IllegalArgumentException("An ended alert says when and why it ended");
            }
            r.endedBy = ended.by();
            r.endedAt = ended.at();
            r.endReason = ended.reason();
        }
        return r;
    }

    public static RiskAlert record(UUID patientId, RiskCategory category, RiskSeverity severity, String details, LocalDate reviewDate,
                                   String by, Instant at, LocalDate today) {
        checkReviewDate(reviewDate, today);
        RiskAlert r = new RiskAlert();
        r.id = UUID.randomUUID();
        r.patientId = patientId;
        r.category = category;
        r.severity = severity;
        r.details = details;
        r.reviewDate = reviewDate;
        r.recordedBy = by;
        r.recordedAt = at;
        return r;
    }

    /** Recorded by an API create carrying this id: the same create sent again answers with this alert. */
    public void submittedAs(UUID submission) {
        this.submissionId = submission;
    }

    /** Reviewed today: the next review date, and the severity as it now stands. */
    public void review(LocalDate nextReview, RiskSeverity severityNow, String by, Instant at, LocalDate today) {
        requireActive();
        checkReviewDate(nextReview, today);
        if (!nextReview.isAfter(today)) {
            throw new RuleRefusedException("reviewDate", "Next review must be after today");
        }
        reviewDate = nextReview;
        if (severityNow != null) {
            severity = severityNow;
        }
        reviewedBy = by;
        reviewedAt = at;
    }

    public void end(String reason, String by, Instant at) {
        requireActive();
        endReason = reason;
        endedBy = by;
        endedAt = at;
    }

    /** Overdue the day after its review date, until someone reviews it. */
    public boolean isReviewOverdue(LocalDate today) {
        return isActive() && today.isAfter(reviewDate);
    }

    public boolean isActive() {
        return endedAt == null;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new RuleRefusedException("alert", "This alert was ended by " + endedBy + ": it cannot change");
        }
    }

    private static void checkReviewDate(LocalDate reviewDate, LocalDate today) {
        if (reviewDate == null) {
            throw new RuleRefusedException("reviewDate", "Review date is required");
        }
        if (reviewDate.isBefore(today)) {
            throw new RuleRefusedException("reviewDate", "Review date cannot be in the past");
        }
        if (reviewDate.isAfter(today.plusDays(LONGEST_REVIEW_INTERVAL_DAYS))) {
            throw new RuleRefusedException("reviewDate", "Review date must be within a year");
        }
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public RiskCategory category() { return category; }
    public RiskSeverity severity() { return severity; }
    public String details() { return details; }
    public LocalDate reviewDate() { return reviewDate; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String endedBy() { return endedBy; }
    public Instant endedAt() { return endedAt; }
    public String endReason() { return endReason; }
    public int version() { return version; }
    public UUID submissionId() { return submissionId; }
}
