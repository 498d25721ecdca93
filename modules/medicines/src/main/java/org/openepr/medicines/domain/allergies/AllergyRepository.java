package org.openepr.medicines.domain.allergies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's allergy entries, within the current trust. */
public interface AllergyRepository extends Repository {

    /** Every entry, active and ended, newest first. */
    List<AllergyEntry> forPatient(UUID patientId);

    /** The active entries (allergies, or the one NKDA entry), at most this many: the banner's one bounded read. */
    List<AllergyEntry> active(UUID patientId, int most);

    Optional<AllergyEntry> find(UUID id);

    void add(AllergyEntry entry);
}
