package org.openepr.patients;

import jakarta.enterprise.context.ApplicationScoped;
import org.openepr.platform.persistence.ModuleSchema;

/** The patient index's tables, under db/patients. */
@ApplicationScoped
public class PatientIndexSchema implements ModuleSchema {
    @Override
    public String name() {
        return "patients";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public java.util.Map<String, String> tablePrivileges() {
        return java.util.Map.of("nhs_number_change", "select, insert"); // the history of a patient's numbers is never rewritten
    }
}
