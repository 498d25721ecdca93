package org.openepr.caserecord.interfaces.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.summary.OpenSummary;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.summary.SummaryPanel;
import org.openepr.platform.summary.SummaryParts;
import org.openepr.platform.web.UserAction;

/**
 * The case record summary's page: the banner and one empty frame per panel the caller may see, sent at once; each
 * panel then loads by its own request (summary-panel.xhtml), so a slow or failed panel holds up nothing else. The
 * page has no actions of its own, so it lives for one request (nothing kept in the session).
 */
@Named
@RequestScoped
@UserAction
public class SummaryPage {

    @Inject
    OpenSummary openSummary;

    @Inject
    SummaryParts parts;

    private String patient;
    private OpenSummary.Opened opened;
    private List<SummaryPanel> panels;

    public void load() {
        if (opened == null) {
            UUID id = Ids.of("patient", patient);
            opened = openSummary.open(id);
            panels = parts.panels();
        }
    }

    public OpenSummary.Opened getOpened() {
        return opened;
    }

    public List<SummaryPanel> getPanels() {
        return panels == null ? List.of() : panels;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }
}
