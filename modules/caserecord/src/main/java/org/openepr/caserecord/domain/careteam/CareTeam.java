package org.openepr.caserecord.domain.careteam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient's care team: every membership, current and past, in every service. Guards its rules: one lead
 * professional per service at any one time, and one membership per person per service at a time.
 */
public final class CareTeam {

    private final UUID patientId;
    private final List<CareTeamMember> members;

    public CareTeam(UUID patientId, List<CareTeamMember> members) {
        this.patientId = patientId;
        this.members = members.stream().sorted(Comparator.comparing(CareTeamMember::service, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> !m.lead()).thenComparing(CareTeamMember::startDate)).toList();
    }

    /** Adds a member, or says which rule it breaks (an IllegalArgumentException naming the person in the way). */
    public CareTeamMember add(CareTeamMember.Membership m, String by, Instant at) {
        String key = CareTeamMember.keyOf(m.service());
        for (CareTeamMember other : members) {
            if (!other.serviceKey().equals(key) || !other.overlaps(m.start(), m.end())) {
                continue;
            }
            if (m.lead() && other.lead()) {
                throw new LeadTaken(other);
            }
            if (other.staffUserId().equals(m.staffUserId())) {
                throw new IllegalArgumentException("Already in this service's team for those dates (since " + other.startDate() + ")");
            }
        }
        return CareTeamMember.join(patientId, m, by, at);
    }

    /** The service already has a lead professional for some of the dates asked. */
    public static final class LeadTaken extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient CareTeamMember lead;

        LeadTaken(CareTeamMember lead) {
            super("This service already has a lead professional for those dates: end their membership first (from "
                    + lead.startDate() + (lead.endDate() == null ? "" : " to " + lead.endDate()) + ")");
            this.lead = lead;
        }

        public CareTeamMember lead() {
            return lead;
        }
    }

    public List<CareTeamMember> currentOn(LocalDate day) {
        return members.stream().filter(m -> m.isCurrentOn(day)).toList();
    }

    public List<CareTeamMember> pastOrFuture(LocalDate day) {
        return members.stream().filter(m -> !m.isCurrentOn(day)).toList();
    }

    /** Each service's lead professional on a day. */
    public List<LeadProfessional> leadsOn(LocalDate day) {
        return currentOn(day).stream().filter(CareTeamMember::lead).map(m -> new LeadProfessional(m.service(), m.staffUserId(), m.role(), m.startDate()))
                .toList();
    }

    public Optional<CareTeamMember> member(UUID id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public UUID patientId() {
        return patientId;
    }

    public List<CareTeamMember> members() {
        return members;
    }
}
