package org.openepr.caserecord.domain.legal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's legal status history, within the current trust. */
public interface LegalStatusRepository extends Repository {

    /** The status not yet ended, if any (the banner's one query). */
    Optional<LegalStatus> current(UUID patientId);

    /** Newest first, at most {@code limit}. */
    List<LegalStatus> history(UUID patientId, int limit);

    Optional<LegalStatus> find(UUID id);

    void add(LegalStatus status);

    /** Writes pending changes now, so an ended status is saved before its successor (the database checks both). */
    void flush();
}
