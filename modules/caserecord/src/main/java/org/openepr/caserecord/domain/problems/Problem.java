package org.openepr.caserecord.domain.problems;

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
 * A problem or diagnosis on a patient's record: coded from the shipped list or free text, with its onset, whether
 * it is active or resolved (and when), and whether it is the primary diagnosis. Never deleted: a mistake is marked
 * entered in error. Every change bumps the version (a stale edit is refused) and is written to the audit trail.
 */
@Entity
@Table(name = "problem")
public class Problem extends TrustOwned {

    /** At most one active primary diagnosis per patient (the database's second line behind {@link #makePrimary}). */
    public static final String ONE_PRIMARY = "problem_one_primary";

    /** One entry per API submission id in a trust (a create sent twice at the same moment is recorded once). */
    public static final String ONE_PER_SUBMISSION = "problem_submission_unique";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private ProblemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_system")
    private CodeSystem codeSystem;

    private String code;

    private String term;

    private LocalDate onset;

    @Enumerated(EnumType.STRING)
    private ProblemStatus status;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "primary_diagnosis")
    private boolean primaryDiagnosis;

    private String comment;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "change_reason")
    private String changeReason;

    /** The API client's id for the create that recorded it, if any (a create sent again finds it). */
    @Column(name = "submission_id")
    @Convert(converter = UuidConverter.class) // null for entries recorded on a screen
    private UUID submissionId;

    @Version
    private int version;

    protected Problem() {
    }

    /** What is recorded: a code from the list, or free text with the kind the clinician chose. */
    public record Term(ProblemKind kind, ProblemCode code, String freeText) {
        public Term {
            if (code == null && (freeText == null || freeText.isBlank())) {
                throw new IllegalArgumentException("Choose a code from the list or write the problem in words");
            }
            if (code != null) {
                kind = code.kind();
            }
        }

        public String words() {
            return code == null ? freeText : code.display();
        }
    }

    /** Who last changed an entry, when and why (the record's own history, kept when a trust moves). */
    public record Change(String by, Instant at, String reason) {
    }

    /** An entry as another instance's export held it, under a new id (the whole-trust import). */
    public static Problem imported(UUID id, UUID patientId, ProblemKind kind, CodeSystem codeSystem, String code, String term,
            LocalDate onset, ProblemStatus status, LocalDate resolvedOn, boolean primaryDiagnosis, String comment, String recordedBy,
            Instant recordedAt, Change lastChange) {
        Problem p = new Problem();
        p.id = id;
        p.patientId = patientId;
        p.kind = kind;
        p.codeSystem = codeSystem;
        p.code = code;
        p.term = term;
        p.onset = onset;
        p.status = status;
        p.resolvedOn = resolvedOn;
        p.primaryDiagnosis = primaryDiagnosis;
        p.comment = comment;
        p.recordedBy = recordedBy;
        p.recordedAt = recordedAt;
        p.changedBy = lastChange == null ? recordedBy : lastChange.by();
        p.changedAt = lastChange == null ? recordedAt : lastChange.at();
        p.changeReason = lastChange == null ? null : lastChange.reason();
        return p;
    }

    public static Problem record(UUID patientId, Term term, LocalDate onset, String comment, String by, Instant at, LocalDate today) {
        if (onset != null && onset.isAfter(today)) {
            throw new RuleRefusedException("onset", "Onset cannot be in the future");
        }
        Problem p = new Problem();
        p.id = UUID.randomUUID();
        p.patientId = patientId;
        p.kind = term.kind();
        p.codeSystem = term.code() == null ? null : term.code().system();
        p.code = term.code() == null ? null : term.code().code();
        p.term = term.words();
        p.onset = onset;
        p.comment = comment;
        p.status = ProblemStatus.ACTIVE;
        p.recordedBy = by;
        p.recordedAt = at;
        p.changedBy = by;
        p.changedAt = at;
        return p;
    }

    /** Resolved on a day, not before its onset and not in the future; a resolved problem is no longer primary. */
    public void resolve(LocalDate on, String by, Instant at, LocalDate today) {
        requireActive();
        if (on == null) {
            throw new RuleRefusedException("resolvedOn", "Resolved on is required");
        }
        if (on.isAfter(today)) {
            throw new RuleRefusedException("resolvedOn", "Resolved on cannot be in the future");
        }
        if (onset != null && on.isBefore(onset)) {
            throw new RuleRefusedException("resolvedOn", "Resolved on cannot be before the onset");
        }
        status = ProblemStatus.RESOLVED;
        resolvedOn = on;
        primaryDiagnosis = false;
        changed(by, at, null);
    }

    public void enteredInError(String reason, String by, Instant at) {
        if (status == ProblemStatus.ENTERED_IN_ERROR) {
            throw new RuleRefusedException("reason", "This entry is already marked entered in error");
        }
        status = ProblemStatus.ENTERED_IN_ERROR;
        primaryDiagnosis = false;
        changed(by, at, reason);
    }

    /** Recorded by an API create carrying this id: the same create sent again answers with this entry. */
    public void submittedAs(UUID submission) {
        this.submissionId = submission;
    }

    /** Only an active diagnosis can be the primary one; the caller demotes the previous primary in the same step. */
    public void makePrimary(String by, Instant at) {
        requireActive();
        if (kind != ProblemKind.DIAGNOSIS) {
            throw new RuleRefusedException("primary", "Only a diagnosis can be the primary diagnosis");
        }
        primaryDiagnosis = true;
        changed(by, at, null);
    }

    public void noLongerPrimary(String by, Instant at, String why) {
        primaryDiagnosis = false;
        changed(by, at, why);
    }

    private void requireActive() {
        if (status != ProblemStatus.ACTIVE) {
            throw new RuleRefusedException("status", "This entry is " + status.label().toLowerCase() + ": it cannot change");
        }
    }

    private void changed(String by, Instant at, String reason) {
        changedBy = by;
        changedAt = at;
        changeReason = reason;
    }

    public boolean isActive() {
        return status == ProblemStatus.ACTIVE;
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public ProblemKind kind() { return kind; }
    public CodeSystem codeSystem() { return codeSystem; }
    public String code() { return code; }
    public boolean isCoded() { return code != null; }
    public String term() { return term; }
    public LocalDate onset() { return onset; }
    public ProblemStatus status() { return status; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public boolean isPrimaryDiagnosis() { return primaryDiagnosis; }
    public String comment() { return comment; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public String changeReason() { return changeReason; }
    public int version() { return version; }
    public UUID submissionId() { return submissionId; }
}
