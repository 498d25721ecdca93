package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.audit.AuditedPatients;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust admin's audit view names patients by NHS number: only the number, never the rest of the record. */
@UseCase
@ReadsOnly
@Access(module = PatientIndexModule.NAME, roles = Roles.TRUST_ADMIN)
public class PatientNumbersForAudit implements AuditedPatients {

    @Inject
    PatientRepository patients;

    @Override
    public Optional<UUID> idOf(NhsNumber nhsNumber) {
        return patients.findByNhsNumber(nhsNumber).map(Patient::id);
    }

    @Override
    public Map<UUID, String> nhsNumbersOf(Collection<UUID> patientIds) {
        return patients.findAll(patientIds).stream().collect(Collectors.toMap(Patient::id, p -> p.nhsNumber().formatted()));
    }
}
