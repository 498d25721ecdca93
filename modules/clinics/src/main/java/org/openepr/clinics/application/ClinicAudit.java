package org.openepr.clinics.application;

import org.openepr.platform.audit.AuditedAction;

/** Clinic management's audit actions, with the kind of record each concerns. Names are stored: never rename one. */
public enum ClinicAudit implements AuditedAction {
    APPOINTMENT_BOOKED("Appointment"),
    APPOINTMENT_VIEWED("Appointment"),
    APPOINTMENT_CANCELLED("Appointment"),
    APPOINTMENT_RESCHEDULED("Appointment"),
    APPOINTMENT_TO_BE_REBOOKED("Appointment"),
    APPOINTMENT_REBOOKED("Appointment"),
    PATIENT_CHECKED_IN("Appointment"),
    APPOINTMENT_OUTCOME_RECORDED("Appointment"),
    NEXT_STEP_RECORDED("Appointment"),
    DNA_UNDONE("Appointment"),
    CLINIC_LIST_VIEWED("Schedule"),
    APPOINTMENTS_VIEWED("Appointment"),
    PATIENT_LOOKED_UP("Patient"),
    REFERRAL_ADDED("ServiceRequest"),
    WAITING_LIST_VIEWED("ServiceRequest"),
    REFERRAL_BOOKED("ServiceRequest"),
    // set-up by the trust admin: configuration, no patient
    CLINIC_CREATED("Schedule"),
    SESSION_TEMPLATE_ADDED("SessionTemplate"),
    SLOTS_MADE("Slot"),
    SESSION_CANCELLED("ClinicSession"),
    /** History only: a trust's clinic decisions are now the platform's trust settings, audited as TRUST_SETTING_DECIDED. */
    CLINIC_DECISION_CHANGED("ClinicSetting");

    private final String resourceType;

    ClinicAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
