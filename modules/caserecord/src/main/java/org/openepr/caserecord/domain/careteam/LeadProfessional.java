package org.openepr.caserecord.domain.careteam;

import java.time.LocalDate;

/** The named lead professional (care coordinator) of a patient in one service, since a day. */
public record LeadProfessional(String service, String staffUserId, CareTeamRole role, LocalDate since) {
}
