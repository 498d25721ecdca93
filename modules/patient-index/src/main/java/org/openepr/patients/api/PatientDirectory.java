package org.openepr.patients.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.NhsNumber;

/**
 * What other modules may know of the patient index: who a patient id is, within the current trust.
 * The published face of the module; everything else in it is internal.
 */
public interface PatientDirectory {

    /** The patient index's name as trusts list it: every other clinical module needs it. */
    String MODULE = "patient-index";

    Optional<PatientSummary> find(UUID patientId);

    /** The patient, in this trust: another trust's patient, or none, answers exactly as a missing one ("No such patient"). */
    default PatientSummary require(UUID patientId) {
        return (patientId == null ? Optional.<PatientSummary>empty() : find(patientId)).orElseThrow(() -> new RecordNotFoundException("patient"));
    }

    Optional<PatientSummary> findByNhsNumber(NhsNumber nhsNumber);

    /** The patient's demographics and GP practice, as a letter about them prints them; empty as for {@link #find}. */
    Optional<PatientDetails> details(UUID patientId);

    Map<UUID, PatientSummary> findAll(Collection<UUID> patientIds);
}
