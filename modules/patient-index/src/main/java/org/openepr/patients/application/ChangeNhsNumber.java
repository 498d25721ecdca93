package org.openepr.patients.application;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.NhsNumberChangers;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustSettings;

/**
 * Changes a patient's NHS number: its own action, with a reason and an explicit confirmation, open only to the roles
 * the trust allows (clinicians until it decides otherwise), audited, and the old number kept in the record's history.
 */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class ChangeNhsNumber {

    @Inject
    StaffDirectory staff;

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustSettings settings;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** Whether the current user's trust lets their role change NHS numbers. */
    public boolean isAllowed() {
        return trust.caller().hasAnyRole(allowedRoles());
    }

    public PatientRecord change(UUID patientId, int expectedVersion, String newNumberText, String reasonText, boolean confirmed) {
        Set<String> allowed = allowedRoles();
        if (!trust.caller().hasAnyRole(allowed)) {
            throw new AccessRefusedException("Your trust lets only these roles change an NHS number: "
                    + String.join(", ", allowed.stream().map(Roles::label).toList()));
        }
        InputCheck check = new InputCheck();
        NhsNumber newNumber = check.field("newNhsNumber", () -> NhsNumber.of(newNumberText));
        String reason = check.field("reason", () -> InputCheck.text("Reason", reasonText, 500, true));
        if (!confirmed) {
            check.problem("confirmed", "Confirm that you have checked the new NHS number");
        }
        check.throwIfAny();
        Patient patient = patients.find(patientId).orElseThrow(() -> new RecordNotFoundException("patient"));
        if (patient.version() != expectedVersion) {
            throw new StaleEditException("This record was changed by " + staff.nameOf(patient.updatedBy()) + " after you opened it. Nothing was "
                    + "changed: reopen the record, check the NHS number again, then change it.");
        }
        if (patients.findByNhsNumber(newNumber).isPresent()) {
            throw new ConflictException("newNhsNumber", "Another patient in this trust has NHS number " + newNumber.formatted());
        }
        NhsNumber old = patient.nhsNumber();
        var change = patient.changeNhsNumber(newNumber, reason, clock.instant(), trust.caller().userId());
        patients.add(change);
        try {
            patients.update(patient);
        } catch (PersistenceException e) {
            if (Failures.violated(e, Patient.NHS_NUMBER_UNIQUE)) {
                throw new ConflictException("newNhsNumber", "Another patient in this trust has NHS number " + newNumber.formatted());
            }
            throw e;
        }
        audit.record(PatientAudit.PATIENT_NHS_NUMBER_CHANGED, patientId, patientId, "from=" + old.value() + " to=" + newNumber.value()
                + ": " + reason);
        return PatientRecord.of(patient, LocalDate.now(clock));
    }

    private Set<String> allowedRoles() {
        return NhsNumberChangers.from(settings.value(PatientIndexModule.NAME, NhsNumberChangers.SETTING));
    }
}
