package org.openepr.patients.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openepr.patients.PatientIndexModule;
import org.openepr.patients.application.PatientsForExport;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.trust.TrustContext;

/**
 * The patient index's part of the whole-trust export: every Patient, as the API serves it, plus when and by whom the
 * patient was registered ({@link PatientRegistration}, export only: the API's reads do not carry it).
 */
@ApplicationScoped
public class PatientExportPart implements ExportPart {

    @Inject
    PatientsForExport patients;

    @Inject
    PatientFhirMapper mapper;

    @Inject
    TrustContext trust;

    @Override
    public String module() {
        return PatientIndexModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Patient");
    }

    @Override
    public long count(String resourceType) {
        return patients.count();
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        return patients.after(afterKey, size).stream()
                .map(p -> new Exported(p.record().id().toString(),
                        PatientRegistration.with(mapper.toFhir(p.record(), trust.requireTrust()), p.registeredAt(), p.registeredBy())))
                .toList();
    }
}
