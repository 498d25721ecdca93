package org.openepr.patients.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.application.PatientsFromImport;
import org.openepr.patients.application.PatientsFromImport.ImportedPatient;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;

/**
 * The patient index's part of an import: each Patient as the API would take it on create, under a new id, registered
 * when and by whom the source registered it ({@link PatientRegistration}).
 */
@ApplicationScoped
public class PatientImportPart implements ImportPart {

    @Inject
    PatientsFromImport patients;

    @Inject
    PatientFhirMapper mapper;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return PatientIndexModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Patient");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of();
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        List<Patient> read = lines.stream().map(l -> parser.parseResource(Patient.class, l)).toList();
        List<UUID> made = patients.add(read.stream().map(this::imported).toList());
        for (int i = 0; i < read.size(); i++) {
            ids.put("Patient", read.get(i).getIdElement().getIdPart(), made.get(i).toString());
        }
        return read.size();
    }

    ImportedPatient imported(Patient p) {
        PatientRegistration.Registered registered = PatientRegistration.of(p);
        return new ImportedPatient(mapper.toForm(p), registered.at(), registered.by());
    }
}
