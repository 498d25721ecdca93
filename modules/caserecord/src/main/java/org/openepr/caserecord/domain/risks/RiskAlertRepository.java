package org.openepr.caserecord.domain.risks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's alerts and risks, within the current trust. */
public interface RiskAlertRepository extends Repository {

    /** Current alerts, highest severity first; at most {@code limit} (the banner's one bounded query). */
    List<RiskAlert> current(UUID patientId, int limit);

    /** Every alert, current and ended, newest first; at most {@code limit}. */
    List<RiskAlert> forPatient(UUID patientId, int limit);

    Optional<RiskAlert> find(UUID id);

    /** The alert an API create with this submission id recorded. */
    Optional<RiskAlert> findBySubmission(UUID submissionId);

    void add(RiskAlert alert);

    /** Writes pending changes now, so a constraint the database holds is met inside the use case. */
    void flush();
}
