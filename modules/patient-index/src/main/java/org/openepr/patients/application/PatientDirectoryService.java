package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openepr.patients.api.PatientDetails;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.patients.domain.Patient;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.UseCase;
import org.openepr.patients.PatientIndexModule;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The patient index as other modules see it. Joins the caller's transaction and trust; the caller
 * audits what it shows (a clinic list, a booking), since it knows why the patient was looked up.
 */
@UseCase
// the background worker too: the whole-trust export reads the patients its records name (no user holds that role)
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK, Roles.BACKGROUND})
public class PatientDirectoryService implements PatientDirectory {

    @Inject
    PatientRepository patients;

    @Override
    public Optional<PatientSummary> find(UUID patientId) {
        return patients.find(patientId).map(PatientDirectoryService::summary);
    }

    @Override
    public Optional<PatientSummary> findByNhsNumber(NhsNumber nhsNumber) {
        return patients.findByNhsNumber(nhsNumber).map(PatientDirectoryService::summary);
    }

    @Override
    public Optional<PatientDetails> details(UUID patientId) {
        return patients.find(patientId).map(p -> {
            List<String> lines = new ArrayList<>();
            if (p.address() != null) {
                Stream.of(p.address().line1(), p.address().line2(), p.address().town()).filter(l -> l != null && !l.isBlank()).forEach(lines::add);
            }
            return new PatientDetails(p.id(), p.nhsNumber().value(), p.nhsNumber().formatted(), summary(p).displayName(), p.familyName(),
                    p.givenName(), p.birthDate(), p.gender().fhirCode(), p.gender().label(), List.copyOf(lines),
                    p.address() == null ? null : p.address().postcode().value(), p.gpPractice().map(OdsCode::value).orElse(null), p.deceasedDate());
        });
    }

    @Override
    public Map<UUID, PatientSummary> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return patients.findAll(ids).stream().map(PatientDirectoryService::summary)
                .collect(Collectors.toMap(PatientSummary::id, Function.identity()));
    }

    static PatientSummary summary(Patient p) {
        return new PatientSummary(p.id(), p.nhsNumber().value(), p.nhsNumber().formatted(),
                p.familyName().toUpperCase() + ", " + p.givenName(), p.birthDate());
    }
}
