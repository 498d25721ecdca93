package org.openepr.caserecord.application.facts;

import org.openepr.platform.audit.AuditedAction;

/** Audited actions on problems, alerts and risks, and legal status. Names are stored: never rename one. */
public enum ClinicalFactsAudit implements AuditedAction {
    PROBLEMS_VIEWED("Condition"),
    PROBLEM_RECORDED("Condition"),
    PROBLEM_RESOLVED("Condition"),
    PROBLEM_ENTERED_IN_ERROR("Condition"),
    PRIMARY_DIAGNOSIS_CHANGED("Condition"),
    RISKS_VIEWED("Flag"),
    RISK_RECORDED("Flag"),
    RISK_REVIEWED("Flag"),
    RISK_ENDED("Flag"),
    LEGAL_STATUS_VIEWED("LegalStatus"),
    LEGAL_STATUS_RECORDED("LegalStatus"),
    LEGAL_STATUS_RENEWED("LegalStatus"),
    LEGAL_STATUS_ENDED("LegalStatus");

    private final String resourceType;

    ClinicalFactsAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
