package org.openepr.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.caserecord.application.careteam.MyCaseload;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.application.facts.BannerAlerts;
import org.openepr.caserecord.application.facts.BannerLegalStatus;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.caserecord.application.notes.NoteTypeSetup;
import org.openepr.caserecord.application.notes.ReadNotes;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.caserecord.application.summary.OpenSummary;
import org.openepr.platform.modules.BannerStrip;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.modules.RecordPanel;

/**
 * The case record as the product shows it: clinical notes, problems and diagnoses, alerts and risks, legal status,
 * care team, observations and the case record summary (whose panels are {@code SummaryPanelSource} beans).
 * One entry per line, each with the part it belongs to.
 */
@ApplicationScoped
public class CaseRecordModule implements ModuleDescriptor {

    public static final String NAME = "caserecord";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "the case record";
    }

    /** Its records are about the patient index's patients (read through {@code PatientDirectory}). */
    @Override
    public List<String> needs() {
        return List.of(PatientDirectory.MODULE);
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(
                new SettingsPage("settingsNoteTypes", "Note types", "The kinds of clinical note your trust writes",
                        "/caserecord/admin/note-types.xhtml", 50, NoteTypeSetup.class));
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/caserecord/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                "DocumentReference", // notes
                "Condition", "Flag", // problems and diagnoses, alerts and risks
                "CareTeam", // care team
                "Observation"); // observations
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("navMyCaseload", "My caseload", "/caserecord/my-caseload.xhtml", 20, MyCaseload.class)); // care team
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                new HomeTile("tileMyCaseload", "My caseload", "Patients whose care team you are in, with your role",
                        "/caserecord/my-caseload.xhtml", 20, MyCaseload.class), // care team
                new HomeTile("tileNoteTypes", "Note types", "The kinds of clinical note your trust writes", "/caserecord/admin/note-types.xhtml", 96,
                        NoteTypeSetup.class)); // notes
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(
                new RecordPanel("/caserecord/summary-link.xhtml", 0, OpenSummary.class), // the way to the summary, first
                new RecordPanel("/caserecord/facts-panel.xhtml", 15, RiskAlerts.class), // problems, alerts and risks, legal status
                new RecordPanel("/caserecord/care-team-panel.xhtml", 16, ReadCareTeam.class), // care team
                new RecordPanel("/caserecord/patient-notes.xhtml", 40, ReadNotes.class), // notes
                new RecordPanel("/caserecord/observations-panel.xhtml", 45, ReadObservations.class)); // observations
    }

    @Override
    public List<BannerStrip> bannerStrips() {
        return List.of(
                new BannerStrip("/caserecord/banner-alerts.xhtml", 10, BannerAlerts.class), // alerts and risks
                new BannerStrip("/caserecord/banner-legal-status.xhtml", 20, BannerLegalStatus.class)); // legal status
    }
}
