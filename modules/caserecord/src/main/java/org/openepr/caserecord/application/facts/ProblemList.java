package org.openepr.caserecord.application.facts;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemRepository;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** A patient's problems and diagnoses, current and past; read by those who treat or screen. Every read audited. */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class ProblemList {

    /** More than any real record holds; the page and the API both stop there. */
    static final int MOST = 500;

    @Inject
    ProblemRepository problems;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    /** Active entries (the primary diagnosis first), and the resolved and entered-in-error ones. */
    public record Problems(PatientSummary patient, List<Problem> current, List<Problem> past) {
        public Optional<Problem> primaryDiagnosis() {
            return current.stream().filter(Problem::isPrimaryDiagnosis).findFirst();
        }

        public List<Problem> all() {
            return java.util.stream.Stream.concat(current.stream(), past.stream()).toList();
        }
    }

    public Problems forPatient(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<Problem> all = problems.forPatient(patientId, MOST);
        Problems list = new Problems(patient, all.stream().filter(Problem::isActive).toList(), all.stream().filter(p -> !p.isActive()).toList());
        audit.record(ClinicalFactsAudit.PROBLEMS_VIEWED, null, patientId, list.current().size() + " current, " + list.past().size() + " past");
        return list;
    }

    public Problem entry(UUID id) {
        Problem p = problems.find(id).orElseThrow(() -> new RecordNotFoundException("problem"));
        audit.record(ClinicalFactsAudit.PROBLEMS_VIEWED, id, p.patientId(), p.term());
        return p;
    }
}
