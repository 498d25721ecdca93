package org.openepr.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.discharge.application.sending.ManualHandling;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.application.sending.TrackDeliveries;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;

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

    @Override
    public List<String> pagePaths() {
        return List.of("/discharge/");
    }

    @Override
    public List<String> fhirTypes() {
        return List.of(
                // episodes of care and discharge summaries
                // sending and tracking
                "Task" // the outbox's status view: one Task per signed version on its way to the GP practice
        );
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                // episodes of care and discharge summaries
                // sending and tracking
                new MenuEntry("navDischargeDashboard", "Discharge delivery", "/discharge/dashboard.xhtml", 50, TrackDeliveries.class)
        );
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                // episodes of care and discharge summaries
                // sending and tracking
                new HomeTile("tileDischargeDashboard", "Discharge delivery", "Discharge summaries on their way to GP practices: what is overdue and who acts",
                        "/discharge/dashboard.xhtml", 50, TrackDeliveries.class),
                new HomeTile("tileManualHandling", "Summaries to send by hand", "No registered GP practice, or refused by the practice",
                        "/discharge/manual-handling.xhtml", 51, ManualHandling.class),
                new HomeTile("tileDischargeLimits", "Discharge tracking limits", "Hours before an unsigned or unacknowledged summary is overdue",
                        "/discharge/admin/sending.xhtml", 97, SendingLimits.class)
        );
    }
}
