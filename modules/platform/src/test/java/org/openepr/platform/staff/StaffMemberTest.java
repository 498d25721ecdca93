package org.openepr.platform.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openepr.platform.security.Roles;

class StaffMemberTest {

    @Test
    void isShownByNameAndRolesAsStaffSayThem() {
        StaffMember m = new StaffMember("rat.clinician");
        m.signedIn("Asha Patel", Set.of(Roles.PRESCRIBER, Roles.CLINICIAN), Instant.EPOCH);
        assertEquals("Asha Patel (Clinician, Prescriber)", m.nameAndRole());
        assertEquals(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), m.roles(), "in the product's order, whatever the token's");
    }

    @Test
    void aSignInWithNoNameKeepsTheIdAndARoleLessOneShowsNoBrackets() {
        StaffMember m = new StaffMember("someone");
        m.signedIn(" ", Set.of("default-roles-epr"), Instant.EPOCH);
        assertEquals("someone", m.nameAndRole());
    }

    @Test
    void theNextSignInReplacesNameAndRoles() {
        StaffMember m = new StaffMember("rkl.clerk");
        m.signedIn("Oliver Bennett", Set.of(Roles.CLERK), Instant.EPOCH);
        m.signedIn("Oliver Bennett-Shaw", Set.of(Roles.CLERK, Roles.TRUST_ADMIN), Instant.EPOCH.plusSeconds(60));
        assertEquals("Oliver Bennett-Shaw (Booking clerk, Trust admin)", m.nameAndRole());
        assertEquals(Instant.EPOCH.plusSeconds(60), m.lastSignedIn());
    }
}
