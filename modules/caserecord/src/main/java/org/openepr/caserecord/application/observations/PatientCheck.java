package org.openepr.caserecord.application.observations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.errors.RecordNotFoundException;

/** The patient, in this trust: another trust's patient answers exactly as a missing one. */
@ApplicationScoped
class PatientCheck {

    @Inject
    PatientDirectory patients;

    PatientSummary require(UUID patientId) {
        return patients.find(patientId).orElseThrow(() -> new RecordNotFoundException("patient"));
    }
}
