package org.openepr.platform.audit;

/** What was done to or seen of a record. Names are stored, so existing ones never change. */
public enum AuditAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_SEARCHED,
    PATIENT_DEMOGRAPHICS_EDITED
}
