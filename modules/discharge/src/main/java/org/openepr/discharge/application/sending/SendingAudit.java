package org.openepr.discharge.application.sending;

import org.openepr.platform.audit.AuditedAction;

/** Sending and tracking's audited actions. Names are stored: never rename one. */
public enum SendingAudit implements AuditedAction {
    SUMMARY_QUEUED,
    SUMMARY_SENT,
    SUMMARY_SEND_RETRIED,
    SUMMARY_DELIVERED,
    SUMMARY_ACCEPTED,
    SUMMARY_FAILED,
    SUMMARY_HANDLED_BY_HAND,
    DELIVERY_DASHBOARD_VIEWED,
    OUTBOX_VIEWED,
    DELIVERY_LIMITS_VIEWED;

    @Override
    public String resourceType() {
        return "DischargeSummaryDispatch";
    }
}
