package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openepr.caserecord.application.facts.LegalStatusHistory;
import org.openepr.caserecord.application.facts.ProblemList;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.platform.security.Permissions;

/** Which of the case record's pages the caller may open from the patient's page. */
@Named
@RequestScoped
public class FactsPanel {

    @Inject
    Permissions permissions;

    public boolean isProblems() {
        return permissions.allows(ProblemList.class);
    }

    public boolean isRisks() {
        return permissions.allows(RiskAlerts.class);
    }

    public boolean isLegalStatus() {
        return permissions.allows(LegalStatusHistory.class);
    }
}
