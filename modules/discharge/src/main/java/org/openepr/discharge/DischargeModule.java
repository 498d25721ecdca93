package org.openepr.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.discharge.application.episodes.WardList;
import org.openepr.discharge.application.episodes.WardSetup;
import org.openepr.discharge.application.sending.ManualHandling;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.application.sending.TrackDeliveries;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.modules.RecordPanel;

/** Discharge as the product shows it: pages, API resources, menu entries, tiles and patient panels. */
@ApplicationScoped
public class DischargeModule implements ModuleDescriptor {

    public static final String NAME = "discharge";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "discharge";
    }

    /**
     * Its records are about the patient index's patients (read through {@code PatientDirectory}). The case record,
     * medicines and clinics are read only while the trust has them (DraftWriter, the published apis answer "none"
     * otherwise), so none of them is needed.
     */
    @Override
    public List<String> needs() {
        return List.of(PatientDirectory.MODULE);
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(
                new SettingsPage("settingsWards", "Wards", "The wards patients are admitted to", "/discharge/admin/wards.xhtml", 60,
                        WardSetup.class),
                new SettingsPage("settingsSigningRules", "Discharge summary rules", "Who may sign discharge summaries, and how soon after discharge",
                        "/discharge/admin/signing-rules.xhtml", 61, SummarySigningRules.class),
                new SettingsPage("settingsSendingLimits", "Discharge tracking limits",
                        "Hours before an unsigned or unacknowledged summary is overdue", "/discharge/admin/sending.xhtml", 62, SendingLimits.class));
    }

    @Override
    public List<String> pagePaths() {
        return List.of("/discharge/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                // episodes of care and discharge summaries
                "EpisodeOfCare", "Encounter", // episodes of care (Encounter: ward stays)
                "Composition", "Bundle", // discharge summaries: the summary and its signed document
                // sending and tracking
                "Task" // the outbox's status view: one Task per signed version on its way to the GP practice
        );
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // episodes of care and discharge summaries
                new MenuEntry("navWardList", "Ward list", "/discharge/episodes/ward.xhtml", 25, WardList.class), // episodes of care
                new MenuEntry("navSummariesToSign", "Summaries to sign", "/discharge/awaiting-signature.xhtml", 40, ReadSummaries.class),
                // sending and tracking
                new MenuEntry("navDischargeDashboard", "Discharge delivery", "/discharge/dashboard.xhtml", 50, TrackDeliveries.class)
        );
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                // episodes of care and discharge summaries
                new HomeTile("tileWardList", "Ward list", "Who is on the ward now, and who is on leave", "/discharge/episodes/ward.xhtml", 25,
                        WardList.class), // episodes of care
                new HomeTile("tileWards", "Wards", "The wards patients are admitted to", "/discharge/admin/wards.xhtml", 97,
                        WardSetup.class), // episodes of care
                new HomeTile("tileSummariesToSign", "Summaries to sign", "Discharge summaries you are responsible for, not yet signed",
                        "/discharge/awaiting-signature.xhtml", 40, ReadSummaries.class),
                new HomeTile("tileSigningRules", "Discharge summary rules", "Who may sign discharge summaries, and how soon after discharge",
                        "/discharge/admin/signing-rules.xhtml", 98, SummarySigningRules.class),
                // sending and tracking
                new HomeTile("tileDischargeDashboard", "Discharge delivery", "Discharge summaries on their way to GP practices: what is overdue and who acts",
                        "/discharge/dashboard.xhtml", 50, TrackDeliveries.class),
                new HomeTile("tileManualHandling", "Summaries to send by hand", "No registered GP practice, or refused by the practice",
                        "/discharge/manual-handling.xhtml", 51, ManualHandling.class),
                new HomeTile("tileDischargeLimits", "Discharge tracking limits", "Hours before an unsigned or unacknowledged summary is overdue",
                        "/discharge/admin/sending.xhtml", 99, SendingLimits.class)
        );
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(
                // episodes of care and discharge summaries
                new RecordPanel("/discharge/episodes/panel.xhtml", 12, ReadEpisodes.class), // episodes of care
                new RecordPanel("/discharge/patient-summaries.xhtml", 50, ReadSummaries.class) // discharge summaries and their states
                // sending and tracking
        );
    }
}
