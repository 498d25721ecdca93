package org.openepr.caserecord.application.summary;

import org.openepr.platform.audit.AuditedAction;

/**
 * The case record summary's audited reads. Opening or printing it is one line (a read of the patient's record, the
 * banner included); each panel's module audits the part it read, in its own words. Names are stored: never rename one.
 */
public enum SummaryAudit implements AuditedAction {
    SUMMARY_VIEWED,
    SUMMARY_PRINTED;

    @Override
    public String resourceType() {
        return "Patient";
    }
}
