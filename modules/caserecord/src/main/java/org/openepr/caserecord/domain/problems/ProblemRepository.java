package org.openepr.caserecord.domain.problems;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's problems and diagnoses, within the current trust. */
public interface ProblemRepository extends Repository {

    /** Every entry, active first, then newest first; at most {@code limit}. */
    List<Problem> forPatient(UUID patientId, int limit);

    Optional<Problem> find(UUID id);

    /** The entry an API create with this submission id recorded. */
    Optional<Problem> findBySubmission(UUID submissionId);

    Optional<Problem> primaryDiagnosis(UUID patientId);

    void add(Problem problem);

    /** Writes pending changes now, so a demoted primary is saved before the new one (the database checks both). */
    void flush();
}
