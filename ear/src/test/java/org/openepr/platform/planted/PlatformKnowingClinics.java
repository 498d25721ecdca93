package org.openepr.platform.planted;

import org.openepr.clinics.ClinicsModule;

/** Planted: platform code that knows a clinical module. */
public class PlatformKnowingClinics {
    public boolean isClinics(Object module) {
        return module instanceof ClinicsModule;
    }
}
