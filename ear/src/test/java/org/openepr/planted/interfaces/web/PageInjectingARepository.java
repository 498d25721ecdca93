package org.openepr.planted.interfaces.web;

import jakarta.inject.Inject;
import org.openepr.patients.domain.PatientRepository;

/** Planted: a screen bean that reads patients straight from a repository, skipping the use case. */
public class PageInjectingARepository {
    @Inject
    PatientRepository patients;

    public Object first() {
        return patients.find(java.util.UUID.randomUUID());
    }
}
