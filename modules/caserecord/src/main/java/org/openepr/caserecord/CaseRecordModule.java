package org.openepr.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.caserecord.application.facts.BannerAlerts;
import org.openepr.caserecord.application.facts.BannerLegalStatus;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.platform.modules.BannerStrip;
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
                "Condition", "Flag"
                // observations
        );
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }

    @Override
    public List<RecordPanel> patientPanels() {
        return List.of(
                // notes
                // problems, alerts and risks, legal status, care team
                new RecordPanel("/caserecord/facts-panel.xhtml", 15, RiskAlerts.class)
                // observations
        );
    }

    @Override
    public List<BannerStrip> bannerStrips() {
        return List.of(
                // problems, alerts and risks, legal status, care team
                new BannerStrip("/caserecord/banner-alerts.xhtml", 10, BannerAlerts.class),
                new BannerStrip("/caserecord/banner-legal-status.xhtml", 20, BannerLegalStatus.class)
        );
    }
}
