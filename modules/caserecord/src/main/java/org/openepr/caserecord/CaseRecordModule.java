package org.openepr.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.caserecord.application.careteam.MyCaseload;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.RecordPanel;

/**
 * The case record as the product shows it: clinical notes, problems and diagnoses, alerts and risks, legal status,
 * care team, observations and the case record summary. Each part adds its own entries to the lists below.
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

    @Override
    public List<String> pagePaths() {
        return List.of("/caserecord/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                "CareTeam",
                // observations
                "Observation"
        );
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                new MenuEntry("navMyCaseload", "My caseload", "/caserecord/my-caseload.xhtml", 20, MyCaseload.class)
                // observations
        );
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                new HomeTile("tileMyCaseload", "My caseload", "Patients whose care team you are in, with your role",
                        "/caserecord/my-caseload.xhtml", 20, MyCaseload.class)
                // observations
        );
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                new RecordPanel("/caserecord/care-team-panel.xhtml", 15, ReadCareTeam.class),
                // observations
                new RecordPanel("/caserecord/observations-panel.xhtml", 40, ReadObservations.class)
        );
    }
}
