package org.openepr.discharge.application.episodes;

import org.openepr.platform.audit.AuditedAction;

/** Audited actions on episodes of care, ward stays and wards. Names are stored: never rename one. */
public enum EpisodesAudit implements AuditedAction {
    EPISODES_VIEWED("EpisodeOfCare"),
    EPISODE_FORM_OPENED("EpisodeOfCare"),
    REFERRAL_ACCEPTED("EpisodeOfCare"),
    DISCHARGED_FROM_SERVICE("EpisodeOfCare"),
    PATIENT_ADMITTED("Encounter"),
    PATIENT_TRANSFERRED("Encounter"),
    LEAVE_STARTED("Encounter"),
    LEAVE_ENDED("Encounter"),
    DISCHARGED_FROM_WARD("Encounter"),
    WARD_LIST_VIEWED("Encounter"),
    WARDS_CHANGED("Location");

    private final String resourceType;

    EpisodesAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
