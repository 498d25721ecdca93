package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditAction;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;

/** Opens a patient's record (banner, API read): every opening is audited. */
@UseCase
public class OpenPatientRecord {

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PatientRecord open(UUID id, String purpose) {
        var patient = patients.find(id).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.record(AuditAction.PATIENT_VIEWED, id, purpose);
        return PatientRecord.of(patient, LocalDate.now(clock));
    }
}
