package org.openepr.patients.application;

import org.openepr.platform.audit.AuditedAction;

/** What was done to or seen of a patient's index entry. Names are stored: never rename one. */
public enum PatientAudit implements AuditedAction {
    PATIENT_REGISTERED,
    PATIENT_VIEWED,
    PATIENT_SEARCHED,
    PATIENT_DEMOGRAPHICS_EDITED,
    PATIENT_NHS_NUMBER_CHANGED;

    @Override
    public String resourceType() {
        return "Patient";
    }
}
