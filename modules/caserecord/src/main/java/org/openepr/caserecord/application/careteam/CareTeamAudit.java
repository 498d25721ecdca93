package org.openepr.caserecord.application.careteam;

import org.openepr.platform.audit.AuditedAction;

/** Care team's audited actions. Names are stored: never rename one. */
public enum CareTeamAudit implements AuditedAction {
    CARE_TEAM_VIEWED,
    CARE_TEAM_MEMBER_ADDED,
    CARE_TEAM_MEMBERSHIP_ENDED,
    CASELOAD_VIEWED;

    @Override
    public String resourceType() {
        return "CareTeam";
    }
}
