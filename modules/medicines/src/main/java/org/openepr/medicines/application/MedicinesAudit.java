package org.openepr.medicines.application;

import org.openepr.platform.audit.AuditedAction;

/** Medicines' audited actions, with the kind of record each concerns. Names are stored: never rename one. */
public enum MedicinesAudit implements AuditedAction {
    ALLERGIES_VIEWED("AllergyIntolerance"),
    ALLERGY_RECORDED("AllergyIntolerance"),
    NO_KNOWN_ALLERGIES_RECORDED("AllergyIntolerance"),
    ALLERGY_ENDED("AllergyIntolerance"),
    MEDICINES_VIEWED("MedicationRequest"),
    ORDER_VIEWED("MedicationRequest"),
    ORDER_SCREENED("MedicationRequest"),
    ORDER_PRESCRIBED("MedicationRequest"),
    ORDER_AMENDED("MedicationRequest"),
    ORDER_STOPPED("MedicationRequest"),
    ORDER_VERIFIED("MedicationRequest"),
    ORDER_QUERIED("MedicationRequest"),
    QUERY_ANSWERED("MedicationRequest"),
    ORDER_REJECTED("MedicationRequest"),
    WORKLIST_VIEWED("MedicationRequest"),
    // configuration, no patient
    FORMULARY_CHANGED("Medication"),
    KNOWLEDGE_BASE_LOADED("Medication");

    private final String resourceType;

    MedicinesAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
