package org.openepr.patients.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.identity.NhsNumber;

/**
 * What other modules may know of the patient index: who a patient id is, within the current trust.
 * The published face of the module; everything else in it is internal.
 */
public interface PatientDirectory {

    Optional<PatientSummary> find(UUID patientId);

    Optional<PatientSummary> findByNhsNumber(NhsNumber nhsNumber);

    Map<UUID, PatientSummary> findAll(Collection<UUID> patientIds);
}
