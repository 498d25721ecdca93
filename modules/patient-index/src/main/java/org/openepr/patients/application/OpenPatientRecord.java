package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.patients.PatientIndexModule;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Opens a patient's record (banner, API read): every opening is audited. */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
@ReadsOnly
public class OpenPatientRecord {

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PatientRecord open(UUID id, String purpose) {
        var patient = patients.find(id).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.record(PatientAudit.PATIENT_VIEWED, id, id, purpose);
        return PatientRecord.of(patient, LocalDate.now(clock));
    }
}
