package org.openepr.clinics;

import jakarta.enterprise.context.ApplicationScoped;
import org.openepr.platform.persistence.ModuleSchema;

/** Clinic management's tables, under db/clinics. */
@ApplicationScoped
public class ClinicsSchema implements ModuleSchema {
    @Override
    public String name() {
        return "clinics";
    }

    @Override
    public int order() {
        return 20;
    }
}
