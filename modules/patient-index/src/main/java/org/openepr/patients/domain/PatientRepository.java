package org.openepr.patients.domain;

import org.openepr.platform.persistence.Repository;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.identity.NhsNumber;

/** The patients of the current trust; another trust's patients are not there at all. */
public interface PatientRepository extends Repository {

    Optional<Patient> find(UUID id);

    Optional<Patient> findByNhsNumber(NhsNumber number);

    java.util.List<Patient> findAll(java.util.Collection<UUID> ids);

    ResultPage<Patient> search(PatientSearch search);

    void add(Patient patient);

    /** Writes pending changes now, so the new version number is known before the action returns. */
    void update(Patient patient);

    void add(NhsNumberChange change);

    /** The numbers a patient had before, newest change first. */
    java.util.List<NhsNumberChange> nhsNumberChanges(UUID patientId);
}
