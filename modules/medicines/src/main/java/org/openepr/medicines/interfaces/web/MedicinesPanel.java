package org.openepr.medicines.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.Allergies;
import org.openepr.platform.security.Permissions;

/**
 * Medicines on the patient's page (MedicinesModule's record panel, first after the banner, whose allergies line is
 * BannerAllergies): current and stopped orders with where each stands with pharmacy. Loaded once per request.
 */
@Named
@RequestScoped
public class MedicinesPanel {

    @Inject
    PatientMedicines medicines;

    @Inject
    Permissions permissions;

    private PatientMedicines.Medicines loaded;

    public PatientMedicines.Medicines of(UUID patientId) {
        if (loaded == null) {
            loaded = medicines.of(patientId);
        }
        return loaded;
    }

    public boolean isCanPrescribe() {
        return permissions.allows(Prescribe.class);
    }

    public boolean isCanRecordAllergies() {
        return permissions.allows(Allergies.class);
    }
}
