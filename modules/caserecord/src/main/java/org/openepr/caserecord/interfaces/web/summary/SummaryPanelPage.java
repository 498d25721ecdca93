package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.identity.InvalidIdentifierException;
import org.openepr.platform.summary.Snapshot;
import org.openepr.platform.summary.SummaryPanelSource;
import org.openepr.platform.summary.SummaryParts;
import org.openepr.platform.trust.NoTrustBoundException;

/**
 * One panel of the case record summary, as an HTML fragment the summary page fetches
 * ({@code summary-panel.xhtml?patient=<id>&panel=<panel id>}). The panel's data is read in the view action, so
 * whatever the panel's use case throws is caught here: the fragment then says the panel could not be loaded, with a
 * reference to the logged error, and the other panels, loaded by their own requests, are not affected.
 */
@Named
@RequestScoped
public class SummaryPanelPage {

    /** Marks an answer as a panel fragment (a sign-in page or an error page is not one). */
    static final String HEADER = "X-Summary-Panel";

    @Inject
    SummaryParts parts;

    private String patient;
    private String panel;
    private UUID patientId;
    private Snapshot data;
    private String failure;

    public void load() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        // the id as asked for, when it is one (never any text from the address into a header)
        ec.setResponseHeader(HEADER, panel != null && panel.matches("[a-z0-9-]{1,40}") ? panel : "unknown");
        Optional<SummaryPanelSource> source = source();
        if (source.isEmpty()) {
            fail(ec, 404, "This panel is not available to you");
            return;
        }
        try {
            patientId = Ids.of("patient", patient);
            data = source.get().load(patientId);
        } catch (RuntimeException e) {
            Throwable meaning = Failures.meaningful(e);
            if (meaning instanceof RecordNotFoundException || meaning instanceof InvalidIdentifierException) {
                fail(ec, 404, "No such patient");
            } else if (meaning instanceof AccessRefusedException || meaning instanceof NoTrustBoundException) {
                fail(ec, 403, meaning.getMessage());
            } else {
                fail(ec, 500, FailedPart.message(FailedPart.logged(panel, patientId, e)));
            }
        }
    }

    private void fail(ExternalContext ec, int status, String message) {
        data = null;
        failure = message;
        ec.setResponseStatus(status);
    }

    private Optional<SummaryPanelSource> source() {
        String id = panel != null ? panel : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("panel");
        return id == null ? Optional.empty() : parts.panel(id);
    }

    /** The panel's Facelet; read from the request itself, as the view may be built before the view parameters are applied. */
    public String getView() {
        return source().map(s -> s.panel().view()).orElse(null);
    }

    public Snapshot getData() {
        return data;
    }

    public String getFailure() {
        return failure;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getPanel() {
        return panel;
    }

    public void setPanel(String panel) {
        this.panel = panel;
    }
}
