package org.openepr.platform.audit;

/** What was done to or seen of a patient's index entry. Names are stored, so existing ones never change. */
public enum AuditAction implements AuditedAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_SEARCHED,
    PATIENT_DEMOGRAPHICS_EDITED
}
