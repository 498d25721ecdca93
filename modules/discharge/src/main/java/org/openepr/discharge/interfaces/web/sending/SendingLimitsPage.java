package org.openepr.discharge.interfaces.web.sending;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.discharge.application.sending.SendingLimits;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's tracking limits: hours unsigned, hours unacknowledged. */
@Named
@ViewScoped
@UserAction
public class SendingLimitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SendingLimits limits;

    private int unsignedHours;
    private String unacknowledgedHours;
    private boolean loaded;

    public void load() {
        if (!loaded) {
            DeliveryLimits current = limits.current();
            unsignedHours = current.unsignedHours();
            unacknowledgedHours = Integer.toString(current.unacknowledgedHours());
            loaded = true;
        }
    }

    public void save() {
        DeliveryLimits saved = limits.change(unacknowledgedHours);
        FacesProblems.notice("Saved: unsigned after " + saved.unsignedHours() + " h, unacknowledged after " + saved.unacknowledgedHours()
                + " h are shown as overdue");
    }

    /** Shown, not edited here: the signing rules' maximum hours to signature. */
    public int getUnsignedHours() { return unsignedHours; }
    public String getUnacknowledgedHours() { return unacknowledgedHours; }
    public void setUnacknowledgedHours(String v) { this.unacknowledgedHours = v; }
}
