package org.openepr.discharge.application.summary;

import org.openepr.platform.audit.AuditedAction;

/** Discharge summaries' audited actions. Names are stored: never rename one. */
public enum SummaryAudit implements AuditedAction {
    SUMMARY_DRAFTED,
    SUMMARY_SAVED,
    SUMMARY_SIGNED,
    SUMMARY_CORRECTION_STARTED,
    SUMMARY_VIEWED,
    SUMMARIES_LISTED,
    SUMMARY_PRINTED;

    @Override
    public String resourceType() {
        return "Composition";
    }
}
