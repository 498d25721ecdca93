package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
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

    /** The new ids, in the order of the forms. */
    public List<UUID> add(List<PatientForm> forms) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = new ArrayList<>(forms.size());
        for (PatientForm form : forms) {
            Demographics details = Demographics.parse(form, today);
            if (patients.findByNhsNumber(details.nhsNumber()).isPresent()) {
                throw new ConflictException("nhsNumber", "NHS number " + details.nhsNumber().formatted() + " is in the export twice");
            }
            UUID id = UUID.randomUUID();
            patients.add(Patient.register(id, details, clock.instant(), trust.caller().userId()));
            ids.add(id);
        }
        return ids;
    }
}
