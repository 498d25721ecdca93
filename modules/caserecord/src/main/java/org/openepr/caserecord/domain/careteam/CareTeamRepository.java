package org.openepr.caserecord.domain.careteam;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** Care team memberships, within the current trust. */
public interface CareTeamRepository extends Repository {

    /** Every membership of the patient, current and past (a team is small: bounded by the patient). */
    CareTeam teamOf(UUID patientId);

    /** The same, with the patient's memberships locked, so two people adding a lead at once are serialised. */
    CareTeam teamOfForUpdate(UUID patientId);

    Optional<CareTeamMember> find(UUID id);

    /** Stores the member at once (a constraint refusal is thrown here). */
    void add(CareTeamMember member);

    /** A staff member's memberships current on a day, by service and start, one page; and how many there are. */
    List<CareTeamMember> currentFor(String staffUserId, LocalDate day, int offset, int max);

    long countCurrentFor(String staffUserId, LocalDate day);
}
