package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemCode;
import org.openepr.caserecord.domain.problems.ProblemCodes;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * Records a problem or diagnosis: a code from the shipped list (a code not in it is refused) or the problem in
 * words, its onset (not in the future), and whether it is now the primary diagnosis (the previous one stays on the
 * list, no longer primary: one primary diagnosis at a time).
 */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class RecordProblem {

    @Inject
    ProblemRepository problems;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: {@code code} is the list's key ("icd10:F20.0") or empty with {@code words}; kind for words only. */
    public record ProblemForm(String code, String words, String kind, String onset, boolean primary, String comment) {
    }

    /** What a create made, or found already made by the same submission (then nothing new was recorded). */
    public record Recorded(Problem problem, boolean created) {
    }

    public Problem record(UUID patientId, ProblemForm form) {
        return record(null, patientId, form).problem();
    }

    /**
     * @param submissionId the API client's id for this create, or null (a screen): the same id sent again answers with
     *                     the entry the first one recorded, and records nothing
     */
    public Recorded record(UUID submissionId, UUID patientId, ProblemForm form) {
        if (submissionId != null) {
            var earlier = problems.findBySubmission(submissionId);
            if (earlier.isPresent()) {
                return new Recorded(earlier.get(), false);
            }
        }
        patients.require(patientId);
        InputCheck check = new InputCheck();
        ProblemCode code = check.field("code", () -> code(form.code()));
        String words = check.field("words", () -> InputCheck.text("Problem in words", form.words(), 300, false));
        ProblemKind kind = check.field("kind", () -> FormInput.choice(ProblemKind.class, "Kind", form.kind(), false));
        LocalDate onset = check.field("onset", () -> FormInput.date("Onset", form.onset(), false));
        String comment = check.field("comment", () -> InputCheck.text("Comment", form.comment(), 500, false));
        if (!check.hasProblem("code") && !check.hasProblem("words") && code == null && words == null) {
            check.problem("code", "Choose a code from the list or write the problem in words");
        }
        if (code != null && words != null) {
            check.problem("words", "Either a code from the list or words, not both");
        }
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UkDates.UK);
        Problem problem = Problem.record(patientId, new Problem.Term(kind == null ? ProblemKind.PROBLEM : kind, code, words), onset, comment, by, now, today);
        if (form.primary()) {
            problems.primaryDiagnosis(patientId).ifPresent(previous -> {
                previous.noLongerPrimary(by, now, "Primary diagnosis is now " + problem.term());
                audit.record(ClinicalFactsAudit.PRIMARY_DIAGNOSIS_CHANGED, previous.id(), patientId, previous.term() + ": no longer primary");
            });
            problems.flush();
            problem.makePrimary(by, now);
        }
        problem.submittedAs(submissionId);
        Failures.once(() -> {
            problems.add(problem);
            problems.flush();
        }, Problem.ONE_PER_SUBMISSION, "submission", "This create was sent twice at the same moment: it is recorded once; send it again for its answer");
        audit.record(ClinicalFactsAudit.PROBLEM_RECORDED, problem.id(), patientId, problem.kind().label() + ": " + problem.term()
                + (problem.isCoded() ? " (" + problem.codeSystem().label() + " " + problem.code() + ")" : "")
                + (problem.isPrimaryDiagnosis() ? ", primary" : "") + (onset == null ? "" : ", onset " + UkDates.date(onset)));
        return new Recorded(problem, true);
    }

    private static ProblemCode code(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return ProblemCodes.shipped().byKey(key).orElseThrow(() -> new IllegalArgumentException("Code is not in the code list: choose one from the list"));
    }
}
