package org.openepr.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.InServer;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.web.StaffNames;

/**
 * The staff directory inside Liberty on PostgreSQL: a sign-in remembers the name and roles the token gave, a later
 * sign-in updates them, each trust keeps its own entry (a locum's roles differ between trusts), and a name shown on
 * a screen falls back to the id only for someone the trust does not know.
 */
@ExtendWith(ArquillianExtension.class)
class StaffDirectoryIT {

    /** Test users sign in to RAT as "rat" and to RKL as the same id: the two trusts' entries must stay apart. */
    static final String LOCUM = "it.locum.staff";

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it");
    }

    @Inject
    TrustContext trust;

    @Inject
    StaffDirectory directory;

    @Inject
    StaffNames names;

    @Test
    void aSignInIsRememberedWithNameAndRolesAndUpdatedByTheNext() {
        String id = "it.staff-" + System.nanoTime();
        trust.bind(new Caller(id, "Amira Khan", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.PRESCRIBER)), OdsCode.of("TAF"));
        directory.signedIn();
        StaffMember member = directory.all().get(id);
        assertEquals("Amira Khan", member.name());
        assertEquals(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), member.roles());
        assertEquals("Amira Khan (Clinician, Prescriber)", names.name(id));
        assertEquals("it.nobody-" + id, names.name("it.nobody-" + id), "someone unknown is shown by their id");
    }

    @Test
    void eachTrustKeepsItsOwnEntry_rat() {
        signInAs("RAT", "Lee Locum", Roles.CLINICIAN);
    }

    @Test
    void eachTrustKeepsItsOwnEntry_rkl() {
        signInAs("RKL", "Lee Locum", Roles.CLERK);
    }

    /** Whichever test runs second sees only its own trust's entry for the same user id, with that trust's role. */
    private void signInAs(String ods, String name, String role) {
        trust.bind(new Caller(LOCUM, name, "127.0.0.1", Set.of(role)), OdsCode.of(ods));
        directory.signedIn();
        var all = directory.all();
        assertEquals(List.of(role), all.get(LOCUM).roles(), "this trust's roles only");
        assertEquals(name + " (" + Roles.label(role) + ")", names.name(LOCUM));
        // the map is keyed by user id: another trust's row for the same id would fail it with a duplicate key
        assertTrue(all.values().stream().noneMatch(m -> m.userId().startsWith(ods.equals("RAT") ? "rkl." : "rat.")), "no other trust's staff");
    }
}
