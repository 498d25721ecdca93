package org.openepr.caserecord.application.facts;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** A change to a problem already on the list: resolved, entered in error, or made the primary diagnosis. */
@UseCase
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class ChangeProblem {

    @Inject
    ProblemRepository problems;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public Problem resolve(UUID problemId, int versionSeen, String resolvedOnText) {
        InputCheck check = new InputCheck();
        LocalDate on = check.field("resolvedOn", () -> FormInput.date("Resolved on", resolvedOnText, true));
        check.throwIfAny();
        Problem p = current(problemId, versionSeen);
        Instant now = clock.instant();
        p.resolve(on, trust.caller().userId(), now, LocalDate.ofInstant(now, UkDates.UK));
        audit.record(ClinicalFactsAudit.PROBLEM_RESOLVED, p.id(), p.patientId(), p.term() + ": resolved " + UkDates.date(on));
        return p;
    }

    public Problem enteredInError(UUID problemId, int versionSeen, String reasonText) {
        String reason = FormInput.required("reason", "Reason", reasonText, 300);
        Problem p = current(problemId, versionSeen);
        p.enteredInError(reason, trust.caller().userId(), clock.instant());
        audit.record(ClinicalFactsAudit.PROBLEM_ENTERED_IN_ERROR, p.id(), p.patientId(), p.term() + ": " + reason);
        return p;
    }

    /** This diagnosis becomes the primary one; the previous primary stays on the list as a diagnosis. */
    public Problem makePrimary(UUID problemId, int versionSeen) {
        Problem p = current(problemId, versionSeen);
        String by = trust.caller().userId();
        Instant now = clock.instant();
        problems.primaryDiagnosis(p.patientId()).filter(previous -> !previous.id().equals(p.id())).ifPresent(previous -> {
            previous.noLongerPrimary(by, now, "Primary diagnosis is now " + p.term());
            problems.flush();
        });
        p.makePrimary(by, now);
        audit.record(ClinicalFactsAudit.PRIMARY_DIAGNOSIS_CHANGED, p.id(), p.patientId(), p.term() + ": now the primary diagnosis");
        return p;
    }

    private Problem current(UUID problemId, int versionSeen) {
        Problem p = problems.find(problemId).orElseThrow(() -> new RecordNotFoundException("problem"));
        if (p.version() != versionSeen) {
            throw new StaleEditException("This entry was changed after you opened it: nothing was saved");
        }
        return p;
    }
}
