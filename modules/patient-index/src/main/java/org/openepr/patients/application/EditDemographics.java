package org.openepr.patients.application;

import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.time.UkDates;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.Demographics;
import org.openepr.patients.domain.PatientForm;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.patients.PatientIndexModule;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Corrects a patient's demographics. The edit names the version it was made against; if the record
 * has changed since, the edit is refused with who changed it and when, never silently overwriting.
 * The version column guards the window between this check and commit.
 */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class EditDemographics {


    @Inject
    StaffDirectory staff;

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public PatientRecord edit(UUID id, int expectedVersion, PatientForm form) {
        Demographics details = Demographics.parse(form, LocalDate.now(clock));
        var patient = patients.find(id).orElseThrow(() -> new RecordNotFoundException("patient"));
        if (patient.version() != expectedVersion) {
            throw new StaleEditException("This record was changed by " + staff.nameOf(patient.updatedBy()) + " at "
                    + UkDates.dateTime(patient.updatedAt())
                    + " after you opened it. Your changes were not saved: reopen the record to see the changes, then edit again.");
        }
        if (!patient.nhsNumber().equals(details.nhsNumber())) {
            // a distinct, confirmed action with a reason, open only to the roles the trust allows (ChangeNhsNumber)
            throw new InvalidInputException("nhsNumber", "The NHS number is not changed here: use \"Change NHS number\", which asks "
                    + "for a reason and a confirmation and keeps the old number in the record's history");
        }
        var changed = patient.correctDemographics(details, clock.instant(), trust.caller().userId());
        if (!changed.isEmpty()) {
            try {
                patients.update(patient);
            } catch (OptimisticLockException e) {
                throw new StaleEditException("This record was changed by someone else while you were saving. "
                        + "Your changes were not saved: reopen the record to see the changes, then edit again.");
            }
            audit.record(PatientAudit.PATIENT_DEMOGRAPHICS_EDITED, id, id, "changed=" + String.join(",", changed));
        }
        return PatientRecord.of(patient, LocalDate.now(clock));
    }
}
