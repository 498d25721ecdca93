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

    /** A number the patient had before, and the change that replaced it. */
    public record PreviousNumber(String number, String replacedBy, java.time.Instant changedAt, String changedBy, String reason) {
    }

    /** The NHS numbers the patient had before, newest change first (read with the record it belongs to). */
    public java.util.List<PreviousNumber> previousNumbers(UUID id) {
        return patients.nhsNumberChanges(id).stream().map(c -> new PreviousNumber(c.oldNumber().formatted(), c.newNumber().formatted(),
                c.changedAt(), c.changedBy(), c.reason())).toList();
    }

    public PatientRecord open(UUID id, String purpose) {
        var patient = patients.find(id).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.record(PatientAudit.PATIENT_VIEWED, id, id, purpose);
        return PatientRecord.of(patient, LocalDate.now(clock));
    }
}
