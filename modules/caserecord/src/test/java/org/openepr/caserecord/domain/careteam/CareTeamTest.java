package org.openepr.caserecord.domain.careteam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CareTeamTest {

    static final LocalDate D = LocalDate.of(2027, 3, 3);
    final UUID patient = UUID.randomUUID();
    final List<CareTeamMember> members = new ArrayList<>();

    CareTeamMember add(String service, String who, CareTeamRole role, boolean lead, LocalDate start, LocalDate end) {
        CareTeamMember m = new CareTeam(patient, members).add(new CareTeamMember.Membership(service, who, role, lead, start, end), "it", Instant.EPOCH);
        members.add(m);
        return m;
    }

    @Test
    void oneLeadPerServiceAtATimeButOnePerServiceIsFine() {
        add("Memory service", "amira", CareTeamRole.CARE_COORDINATOR, true, D, null);
        var taken = assertThrows(CareTeam.LeadTaken.class,
                () -> add("memory  SERVICE ", "ben", CareTeamRole.COMMUNITY_PSYCHIATRIC_NURSE, true, D.plusDays(10), null));
        assertEquals("amira", taken.lead().staffUserId());
        add("Memory service", "ben", CareTeamRole.COMMUNITY_PSYCHIATRIC_NURSE, false, D, null);
        add("Early intervention in psychosis", "ben", CareTeamRole.CARE_COORDINATOR, true, D, null);
        assertEquals(2, new CareTeam(patient, members).leadsOn(D).size());
    }

    @Test
    void aNewLeadMayFollowOnceTheOldOneEnds() {
        CareTeamMember amira = add("CMHT North", "amira", CareTeamRole.CARE_COORDINATOR, true, D, null);
        amira.end(D.plusDays(30), "it", Instant.EPOCH);
        assertThrows(CareTeam.LeadTaken.class, () -> add("CMHT North", "ben", CareTeamRole.CARE_COORDINATOR, true, D.plusDays(30), null));
        add("CMHT North", "ben", CareTeamRole.CARE_COORDINATOR, true, D.plusDays(31), null);
        var team = new CareTeam(patient, members);
        assertEquals("amira", team.leadsOn(D.plusDays(30)).get(0).staffUserId());
        assertEquals("ben", team.leadsOn(D.plusDays(31)).get(0).staffUserId());
    }

    @Test
    void membershipIsCurrentFromItsFirstToItsLastDay() {
        CareTeamMember m = add("CMHT North", "amira", CareTeamRole.PSYCHOLOGIST, false, D, D.plusDays(7));
        assertTrue(m.isCurrentOn(D) && m.isCurrentOn(D.plusDays(7)));
        assertTrue(!m.isCurrentOn(D.minusDays(1)) && !m.isCurrentOn(D.plusDays(8)));
        assertThrows(IllegalArgumentException.class, () -> m.end(D.minusDays(1), "it", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new CareTeamMember.Membership("X", "a", CareTeamRole.PSYCHOLOGIST, false, D, D.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> add("CMHT north", "amira", CareTeamRole.SOCIAL_WORKER, false, D.plusDays(3), null),
                "one membership per person per service at a time");
    }
}
