package org.openepr.medicines;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.medicines.application.BannerAllergies;
import org.openepr.medicines.application.FormularyAdmin;
import org.openepr.medicines.application.KnowledgeBaseAdmin;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.medicines.application.Prescribe;
import org.openepr.platform.modules.BannerStrip;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.modules.RecordPanel;

/** Medicines and pharmacy verification as the product shows it: pages, API resources, menu entries, tiles and patient panels. */
@ApplicationScoped
public class MedicinesModule implements ModuleDescriptor {

    public static final String NAME = "medicines";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "medicines and pharmacy verification";
    }

    /** Its records are about the patient index's patients (read through {@code PatientDirectory}). */
    @Override
    public List<String> needs() {
        return List.of(PatientDirectory.MODULE);
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(
                new SettingsPage("settingsFormulary", "Formulary", "Medicines the trust allows, restrictions, local maximum doses",
                        "/medicines/admin/formulary.xhtml", 40, FormularyAdmin.class));
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/medicines/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of("AllergyIntolerance", "MedicationRequest", "MedicationStatement", "Medication");
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("navWorklist", "Pharmacy worklist", "/medicines/worklist.xhtml", 30, PharmacyVerification.class)
                        .alsoCurrentOn("/medicines/verify.xhtml"), // an order opened from the worklist
                new MenuEntry("navMyQueries", "Queried orders", "/medicines/my-queries.xhtml", 31, Prescribe.class),
                new MenuEntry("navFormulary", "Formulary", "/medicines/admin/formulary.xhtml", 93, FormularyAdmin.class).alsoCurrentOn("/medicines/admin/"));
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                new HomeTile("tileWorklist", "Pharmacy worklist", "Orders awaiting verification, oldest first", "/medicines/worklist.xhtml", 30,
                        PharmacyVerification.class),
                new HomeTile("tileMyQueries", "Queried orders", "Your orders pharmacy has queried", "/medicines/my-queries.xhtml", 31,
                        Prescribe.class),
                new HomeTile("tileFormulary", "Formulary", "Medicines the trust allows, restrictions, local maximum doses",
                        "/medicines/admin/formulary.xhtml", 94, FormularyAdmin.class),
                new HomeTile("tileKnowledgeBase", "Medicines knowledge base", "Releases for the whole instance; which is live",
                        "/medicines/operator/knowledge-base.xhtml", 95, KnowledgeBaseAdmin.class));
    }

    @Override
    public List<RecordPanel> patientPanels() {
        // first after the banner: allergies must be seen before anything else on the record
        return List.of(new RecordPanel("/medicines/patient-medicines.xhtml", 1, PatientMedicines.class));
    }

    @Override
    public List<BannerStrip> bannerStrips() {
        // first of the banner's lines: allergies must be seen before anything is prescribed or given
        return List.of(new BannerStrip("/medicines/banner-allergies.xhtml", 5, BannerAllergies.class));
    }
}
