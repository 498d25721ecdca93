package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.caserecord.application.facts.EndRisk;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.application.facts.ReviewRisk;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskCategory;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** A patient's alerts and risks: record one, review it (next review date, severity now), end it with a reason. */
@Named
@ViewScoped
@UserAction
public class RisksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskAlerts riskAlerts;

    @Inject
    RecordRisk recordRisk;

    @Inject
    ReviewRisk reviewRisk;

    @Inject
    EndRisk endRisk;

    @Inject
    Permissions permissions;

    private String patient;
    private UUID patientId;
    private RiskAlerts.Alerts record;
    private boolean canChange;
    private String category;
    private String severity;
    private String details;
    private String reviewDate;
    private String nextReview;
    private String severityNow;
    private String endReason;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            canChange = permissions.allows(RecordRisk.class);
            record = riskAlerts.forPatient(patientId);
        }
    }

    public void recordRisk() {
        RiskAlert a = recordRisk.record(patientId, new RecordRisk.RiskForm(category, severity, details, reviewDate));
        FacesProblems.notice(a.category().label() + " (" + a.severity().label() + ") recorded");
        category = null;
        severity = null;
        details = null;
        reviewDate = null;
        record = riskAlerts.forPatient(patientId);
    }

    public void review(RiskAlert a) {
        reviewRisk.review(a.id(), a.version(), nextReview, severityNow);
        FacesProblems.notice(a.category().label() + ": reviewed");
        nextReview = null;
        severityNow = null;
        record = riskAlerts.forPatient(patientId);
    }

    public void end(RiskAlert a) {
        endRisk.end(a.id(), a.version(), endReason);
        FacesProblems.notice(a.category().label() + ": ended");
        endReason = null;
        record = riskAlerts.forPatient(patientId);
    }

    public RiskCategory[] getCategories() { return RiskCategory.values(); }
    public RiskSeverity[] getSeverities() { return RiskSeverity.values(); }
    public RiskAlerts.Alerts getRecord() { return record; }
    public boolean isCanChange() { return canChange; }
    public UUID getPatientId() { return patientId; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getSeverity() { return severity; }
    public void setSeverity(String v) { severity = v; }
    public String getDetails() { return details; }
    public void setDetails(String v) { details = v; }
    public String getReviewDate() { return reviewDate; }
    public void setReviewDate(String v) { reviewDate = v; }
    public String getNextReview() { return nextReview; }
    public void setNextReview(String v) { nextReview = v; }
    public String getSeverityNow() { return severityNow; }
    public void setSeverityNow(String v) { severityNow = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
}
