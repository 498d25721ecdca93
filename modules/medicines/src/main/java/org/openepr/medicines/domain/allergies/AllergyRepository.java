package org.openepr.medicines.domain.allergies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** A patient's allergy entries, within the current trust. */
public interface AllergyRepository extends Repository {

    /** Every entry, active and ended, newest first. */
    List<AllergyEntry> forPatient(UUID patientId);

    Optional<AllergyEntry> find(UUID id);

    void add(AllergyEntry entry);
}
