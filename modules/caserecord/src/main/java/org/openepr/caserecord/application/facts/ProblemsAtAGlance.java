package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's active problems and diagnoses for the case record summary, the primary diagnosis first: at most
 * {@link #SHOWN}, read in one bounded query (active ones sort first, so the first rows read are the ones shown).
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class ProblemsAtAGlance {

    /** As many as a summary shows; the problem list has them all. */
    public static final int SHOWN = 20;

    @Inject
    ProblemRepository problems;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Active problems (primary diagnosis first), whether there are more, and when they were read. */
    public record Listed(List<Problem> problems, boolean more, Instant asOf) implements Snapshot {
    }

    public Listed of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        List<Problem> active = problems.forPatient(patientId, SHOWN + 1).stream().filter(Problem::isActive).toList();
        boolean more = active.size() > SHOWN;
        List<Problem> shown = more ? active.subList(0, SHOWN) : active;
        audit.record(ClinicalFactsAudit.PROBLEMS_VIEWED, null, patientId, "case record summary: " + shown.size() + " active" + (more ? " and more" : ""));
        return new Listed(List.copyOf(shown), more, asOf);
    }
}
