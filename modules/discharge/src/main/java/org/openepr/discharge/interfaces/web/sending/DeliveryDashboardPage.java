package org.openepr.discharge.interfaces.web.sending;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openepr.discharge.application.sending.TrackDeliveries;
import org.openepr.platform.web.UserAction;

/** The trust's delivery dashboard: read once per request (it has no actions), so it is always current. */
@Named
@RequestScoped
@UserAction
public class DeliveryDashboardPage {

    @Inject
    TrackDeliveries tracking;

    private TrackDeliveries.Dashboard dashboard;

    public void load() {
        if (dashboard == null) {
            dashboard = tracking.dashboard();
        }
    }

    public TrackDeliveries.Dashboard getDashboard() { return dashboard; }
}
