package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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

    /** A patient as the API shows it, and when and by whom they were registered (which the API does not show). */
    public record ExportedPatient(PatientRecord record, Instant registeredAt, String registeredBy) {
    }

    public List<ExportedPatient> after(String key, int size) {
        LocalDate today = LocalDate.now(clock);
        return pages.after(Patient.class, key, size).stream()
                .map(p -> new ExportedPatient(PatientRecord.of(p, today), p.registeredAt(), p.registeredBy())).toList();
    }

    public long count() {
        return pages.count(Patient.class);
    }
}
