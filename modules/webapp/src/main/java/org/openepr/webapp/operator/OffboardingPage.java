package org.openepr.webapp.operator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.offboarding.Erasure;
import org.openepr.platform.offboarding.TrustOffboarding;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The operator's offboarding panel: one trust at a time, its export confirmation and legal hold, the offboard button,
 * then the erasure's progress per table (polled) and its certificate.
 */
@Named
@ViewScoped
public class OffboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustOffboarding offboarding;

    @Inject
    OperatorConsolePage console;

    private String trust;
    private String reason;

    public String getTrust() {
        return trust;
    }

    public void setTrust(String trust) {
        this.trust = trust;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private OdsCode chosen() {
        return trust == null || trust.isBlank() ? null : OdsCode.of(trust);
    }

    public String getExportConfirmation() {
        OdsCode t = chosen();
        if (t == null) {
            return "";
        }
        return offboarding.exportConfirmationOf(t)
                .map(c -> "Export " + c.job() + " confirmed received by " + c.by() + " on " + UkDates.dateTime(c.at()))
                .orElse("Not confirmed yet: the trust admin confirms on their export page that the export arrived");
    }

    public String getLegalHold() {
        OdsCode t = chosen();
        return t == null ? "" : offboarding.legalHoldOf(t).map(r -> "Under legal hold: " + r).orElse("No legal hold");
    }

    public Erasure getErasure() {
        OdsCode t = chosen();
        return t == null ? null : offboarding.erasureOf(t).orElse(null);
    }

    public String when(Object at) {
        return at == null ? "" : UkDates.dateTime(at);
    }

    @UserAction
    public void setHold() {
        offboarding.setLegalHold(chosen(), reason);
        FacesProblems.notice("Legal hold set on " + trust);
        reason = null;
    }

    @UserAction
    public void clearHold() {
        offboarding.clearLegalHold(chosen(), reason);
        FacesProblems.notice("Legal hold cleared on " + trust);
        reason = null;
    }

    @UserAction
    public void retryKeycloak() {
        try {
            offboarding.retryKeycloakCleanUp(chosen());
        } finally {
            console.refresh();
        }
        FacesProblems.notice("Keycloak clean-up of " + trust + " tried again: see the Keycloak line in a moment");
    }

    @UserAction
    public void offboard() {
        try {
            offboarding.offboard(chosen());
            FacesProblems.notice("Offboarded " + trust + ": sign-in is closed and its data is being erased");
        } finally {
            console.refresh(); // the trust list says Offboarded, the trail has the line
        }
    }
}
