package org.openepr.patients.application;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.patients.domain.Demographics;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.persistence.UseCase;
import org.openepr.patients.PatientIndexModule;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Registers a patient with the current trust. The caller supplies the new record's id, so a submit
 * that is repeated (double click, retried request) returns the first registration instead of a second.
 */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.CLERK})
public class RegisterPatient {

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public record Registered(PatientRecord patient, boolean created) {
    }

    public Registered register(UUID id, PatientForm form) {
        Demographics details = Demographics.parse(form, LocalDate.now(clock));
        var existing = patients.find(id);
        if (existing.isPresent()) {
            if (existing.get().hasSameDemographicsAs(details)) {
                return new Registered(PatientRecord.of(existing.get(), LocalDate.now(clock)), false);
            }
            throw new ConflictException("id", "This registration was already submitted with different details");
        }
        if (patients.findByNhsNumber(details.nhsNumber()).isPresent()) {
            throw duplicate(details);
        }
        Patient patient = Patient.register(id, details, clock.instant(), trust.caller().userId());
        try {
            patients.add(patient);
        } catch (PersistenceException e) {
            // only the constraints that mean "already registered" are answered so; any other failure stays one
            if (Failures.violated(e, Patient.NHS_NUMBER_UNIQUE)) {
                throw duplicate(details); // lost a race with a concurrent registration of the same number
            }
            if (Failures.violated(e, Patient.PRIMARY_KEY)) {
                throw new ConflictException("id", "This registration was submitted twice at the same moment; it is saved once");
            }
            throw e;
        }
        audit.record(PatientAudit.PATIENT_REGISTERED, patient.id(), patient.id(), "nhsNumber=" + details.nhsNumber().value());
        return new Registered(PatientRecord.of(patient, LocalDate.now(clock)), true);
    }

    private static ConflictException duplicate(Demographics details) {
        return new ConflictException("nhsNumber",
                "A patient with NHS number " + details.nhsNumber().formatted() + " is already registered in this trust");
    }
}
