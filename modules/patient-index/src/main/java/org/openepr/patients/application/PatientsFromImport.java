package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.domain.Demographics;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Patients loaded from a whole-trust export into an empty trust (the background worker only), a batch in the import's
 * transaction. Each is checked as a registration is (the same demographics rules; an NHS number once per trust); the
 * import job's audit lines and the source's own trail, imported with it, say where they came from, so no line is
 * written per patient here.
 */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = Roles.BACKGROUND)
public class PatientsFromImport {

    @Inject
    PatientRepository patients;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /**
     * A patient as exported: the demographics as the API takes them, and the registration (when, by whom) the source
     * had; null when the export does not carry it (then the patient counts as registered by the import, now).
     */
    public record ImportedPatient(PatientForm form, Instant registeredAt, String registeredBy) {
    }

    /** The new ids, in the order given. */
    public List<UUID> add(List<ImportedPatient> batch) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = new ArrayList<>(batch.size());
        for (ImportedPatient imported : batch) {
            Demographics details = Demographics.parse(imported.form(), today);
            if (patients.findByNhsNumber(details.nhsNumber()).isPresent()) {
                throw new ConflictException("nhsNumber", "NHS number " + details.nhsNumber().formatted() + " is in the export twice");
            }
            UUID id = UUID.randomUUID();
            boolean carried = imported.registeredAt() != null && imported.registeredBy() != null;
            patients.add(Patient.register(id, details, carried ? imported.registeredAt() : clock.instant(),
                    carried ? imported.registeredBy() : trust.caller().userId()));
            ids.add(id);
        }
        return ids;
    }
}
