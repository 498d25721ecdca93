package org.openepr.patients;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.patients.application.FindPatients;
import org.openepr.patients.application.PatientIndexSettings;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;

/** The patient index as the product shows it: its pages, its API resource, its menu entries and home tiles. */
@ApplicationScoped
public class PatientIndexModule implements ModuleDescriptor {

    public static final String NAME = org.openepr.patients.api.PatientDirectory.MODULE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "the patient index";
    }

    /** Every other module's records are about the patients it holds. */
    @Override
    public boolean essential() {
        return true;
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(new SettingsPage("settingsPatientIndex", "Patient index", "Who may change a patient's NHS number",
                "/patients/admin/settings.xhtml", 20, PatientIndexSettings.class));
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/patients/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of("Patient");
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("navSearch", "Find a patient", "/patients/search.xhtml", 10, FindPatients.class)
                        .alsoCurrentOn("/patients/banner.xhtml", "/patients/edit.xhtml", "/patients/change-nhs.xhtml"), // the patient found
                new MenuEntry("navRegister", "Register", "/patients/register.xhtml", 11, RegisterPatient.class));
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                new HomeTile("tileSearch", "Find a patient", "By NHS number, or family name and date of birth", "/patients/search.xhtml",
                        10, FindPatients.class),
                new HomeTile("tileRegister", "Register a patient", "Add a patient to the trust's index", "/patients/register.xhtml", 11,
                        RegisterPatient.class),
                new HomeTile("tilePatientSettings", "Patient index settings", "Who may change an NHS number",
                        "/patients/admin/settings.xhtml", 93, PatientIndexSettings.class));
    }
}
