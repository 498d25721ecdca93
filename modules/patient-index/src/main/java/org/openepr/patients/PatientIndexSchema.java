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
}
