package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.Patient;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust's patients in id order, a page at a time, for the whole-trust export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = PatientIndexModule.NAME, roles = Roles.BACKGROUND)
public class PatientsForExport {

    @Inject
    RecordPages pages;

    @Inject
    Clock clock;

    public List<PatientRecord> after(String key, int size) {
        LocalDate today = LocalDate.now(clock);
        return pages.after(Patient.class, key, size).stream().map(p -> PatientRecord.of(p, today)).toList();
    }

    public long count() {
        return pages.count(Patient.class);
    }
}
