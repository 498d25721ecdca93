package org.openepr.clinics.application;

import org.openepr.platform.audit.AuditedAction;

/** Clinic management's audit actions. Names are stored: never rename one. */
public enum ClinicAudit implements AuditedAction {
    APPOINTMENT_BOOKED,
    APPOINTMENT_VIEWED,
    APPOINTMENT_CANCELLED,
    APPOINTMENT_RESCHEDULED,
    APPOINTMENT_TO_BE_REBOOKED,
    APPOINTMENT_REBOOKED,
    PATIENT_CHECKED_IN,
    APPOINTMENT_OUTCOME_RECORDED,
    NEXT_STEP_RECORDED,
    CLINIC_LIST_VIEWED,
    APPOINTMENTS_VIEWED,
    PATIENT_LOOKED_UP,
    REFERRAL_ADDED,
    WAITING_LIST_VIEWED,
    REFERRAL_BOOKED
}
