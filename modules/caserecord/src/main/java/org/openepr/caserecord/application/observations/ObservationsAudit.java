package org.openepr.caserecord.application.observations;

import org.openepr.platform.audit.AuditedAction;

/** Observations' audited actions. Names are stored: never rename one. */
public enum ObservationsAudit implements AuditedAction {
    OBSERVATIONS_VIEWED,
    OBSERVATIONS_RECORDED,
    OBSERVATION_ENTERED_IN_ERROR;

    @Override
    public String resourceType() {
        return "Observation";
    }
}
