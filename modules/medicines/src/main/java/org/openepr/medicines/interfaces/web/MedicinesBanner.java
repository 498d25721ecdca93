package org.openepr.medicines.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.application.BannerAllergies;
import org.openepr.platform.web.BannerStripData;

/** The medicines line in the patient banner (MedicinesModule.bannerStrips): allergies, once per request and patient. */
@Named
@RequestScoped
public class MedicinesBanner {

    @Inject
    BannerAllergies allergies;

    private BannerStripData<Optional<BannerAllergies.Line>> lines;

    @PostConstruct
    void loader() {
        lines = new BannerStripData<>(allergies::of, Optional.empty());
    }

    /** The line, or null: nothing to show (another trust's patient, or before the page renders). */
    public BannerAllergies.Line allergies(UUID patientId) {
        return lines.of(patientId).orElse(null);
    }
}
