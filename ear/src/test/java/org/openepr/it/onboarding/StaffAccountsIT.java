package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustBranding;
import org.openepr.platform.trust.TrustStaffAccounts;
import org.openepr.platform.errors.StaleEditException;

/**
 * A trust admin's self-service against the real Keycloak: staff accounts (invite, change roles, disable) inside their own
 * trust only (an id of another trust's user is "not found", whatever it is), a locum keeps their other trust; branding
 * (optimistic: a stale form saves nothing); every change audited.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-staff", Env.class, Http.class, Http.Answer.class, Tokens.class, RealmAccounts.class,
                AsAnotherUser.class, Beans.class, Codes.class);
    }

    private static <T> T asAdminOf(String ods, Callable<T> work) {
        return AsAnotherUser.run(ods, ods.toLowerCase() + ".admin", Set.of(Roles.TRUST_ADMIN), work);
    }

    private static TrustStaffAccounts accounts() {
        return Beans.get(TrustStaffAccounts.class);
    }

    @Test
    void theAdminInvitesChangesRolesAndDisablesAMemberOfTheirTrust() {
        String email = "ivy." + Codes.unique().toLowerCase() + "@it.openepr.invalid";
        var invited = asAdminOf("TAF", () -> accounts().invite("Ivy Invite", email, List.of(Roles.CLINICIAN, Roles.PRESCRIBER)));
        assertTrue(invited.temporaryPassword().matches("([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}"));

        var user = RealmAccounts.userByUsername(email).orElseThrow();
        String id = user.getString("id");
        assertEquals(invited.userId(), id);
        assertEquals(Set.of("TAF"), RealmAccounts.groups(id), "a member of this trust only");
        assertTrue(RealmAccounts.realmRoles(id).containsAll(Set.of(Roles.CLINICIAN, Roles.PRESCRIBER)));
        assertEquals(List.of("UPDATE_PASSWORD"), user.getJsonArray("requiredActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        var listed = asAdminOf("TAF", () -> accounts().members());
        var ivy = listed.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        assertEquals("Ivy Invite", ivy.name());
        assertEquals(List.of(Roles.CLINICIAN, Roles.PRESCRIBER), ivy.roles());
        assertTrue(listed.stream().anyMatch(m -> m.username().equals("taf.clerk")));
        assertTrue(listed.stream().noneMatch(m -> m.username().startsWith("rat.") || m.username().startsWith("rwk.")), "no other trust's staff");

        asAdminOf("TAF", () -> {
            accounts().changeRoles(id, List.of(Roles.PHARMACIST, Roles.CLERK));
            return null;
        });
        Set<String> roles = RealmAccounts.realmRoles(id);
        assertTrue(roles.containsAll(Set.of(Roles.PHARMACIST, Roles.CLERK)) && !roles.contains(Roles.CLINICIAN) && !roles.contains(Roles.PRESCRIBER), roles.toString());

        var badRole = assertThrows(InvalidInputException.class, () -> asAdminOf("TAF", () -> {
            accounts().changeRoles(id, List.of(Roles.HOSTING_OPERATOR));
            return null;
        }));
        assertEquals("roles", badRole.problems().get(0).field(), "the operator's role is not a trust admin's to give");

        asAdminOf("TAF", () -> {
            accounts().disable(id);
            return null;
        });
        assertFalse(RealmAccounts.userByUsername(email).orElseThrow().getBoolean("enabled"));

        var trail = asAdminOf("TAF", () -> Beans.get(ReadAuditTrail.class).about(id)).stream().map(a -> a.action()).toList();
        assertTrue(trail.containsAll(List.of("STAFF_ACCOUNT_INVITED", "STAFF_ROLES_CHANGED", "STAFF_ACCOUNT_DISABLED")), trail.toString());

        var taken = assertThrows(InvalidInputException.class, () -> asAdminOf("TAF", () -> accounts().invite("Ivy Again", email, List.of(Roles.CLERK))));
        assertEquals("inviteEmail", taken.problems().get(0).field());
    }

    @Test
    void anAdminCannotSeeOrChangeAUserOfAnotherTrustEvenByForgingTheirId() {
        String rwkClinician = RealmAccounts.userByUsername("rwk.clinician").orElseThrow().getString("id");
        Set<String> before = RealmAccounts.realmRoles(rwkClinician);
        List<Callable<Object>> forged = List.of(
                () -> { accounts().changeRoles(rwkClinician, List.of(Roles.TRUST_ADMIN)); return null; },
                () -> { accounts().disable(rwkClinician); return null; },
                () -> { accounts().enable(rwkClinician); return null; });
        for (Callable<Object> attempt : forged) {
            assertThrows(RecordNotFoundException.class, () -> asAdminOf("RAT", attempt));
        }
        assertEquals(before, RealmAccounts.realmRoles(rwkClinician), "roles unchanged");
        assertTrue(RealmAccounts.userByUsername("rwk.clinician").orElseThrow().getBoolean("enabled"));
        assertEquals(Set.of("RWK"), RealmAccounts.groups(rwkClinician));
        assertThrows(RecordNotFoundException.class, () -> asAdminOf("RAT", () -> {
            accounts().disable("not-an-id");
            return null;
        }));
    }

    @Test
    void theAdminBrandsTheirOwnTrustAndAStaleFormSavesNothing() {
        var before = asAdminOf("TAF", () -> Beans.get(TrustBranding.class).current());
        try {
            var wanted = new TrustBranding.Branding("Camden and Islington (test)", "C&I test", "#00703c");
            asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(before, wanted);
                return null;
            });
            var view = Beans.get(org.openepr.platform.trust.TrustRegistry.class).find(org.openepr.platform.identity.OdsCode.of("TAF")).orElseThrow();
            assertEquals("Camden and Islington (test)", view.name(), "seen at once");
            assertEquals("#00703C", view.colour());
            assertEquals("North East London NHS Foundation Trust", Beans.get(org.openepr.platform.trust.TrustRegistry.class)
                    .find(org.openepr.platform.identity.OdsCode.of("RAT")).orElseThrow().name(), "another trust untouched");

            // a form filled before that change: refused, nothing saved
            assertThrows(StaleEditException.class, () -> asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(before, new TrustBranding.Branding("Overwritten", "OW", "#000000"));
                return null;
            }));
            var bad = assertThrows(InvalidInputException.class, () -> asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(wanted, new TrustBranding.Branding(" ", "C&I", "red"));
                return null;
            }));
            assertEquals(List.of("brandName", "brandColour"), bad.problems().stream().map(p -> p.field()).toList());
            var trail = asAdminOf("TAF", () -> Beans.get(ReadAuditTrail.class).about("TAF")).stream().map(a -> a.action()).toList();
            assertTrue(trail.contains("TRUST_REBRANDED"), trail.toString());
            assertThrows(org.openepr.platform.errors.AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "taf.clinician",
                    Set.of(Roles.CLINICIAN), () -> Beans.get(TrustBranding.class).current()), "trust admins only");
        } finally {
            var now = asAdminOf("TAF", () -> Beans.get(TrustBranding.class).current());
            asAdminOf("TAF", () -> {
                Beans.get(TrustBranding.class).rebrand(now, before);
                return null;
            });
        }
    }

    @Test
    void aLocumTakenOutOfOneTrustKeepsTheOther() {
        String username = "it.locum." + Codes.unique().toLowerCase();
        String id = RealmAccounts.createUser(username, List.of("RAT", "RKL"), List.of(Roles.CLINICIAN));
        var roles = assertThrows(ConflictException.class, () -> asAdminOf("RKL", () -> {
            accounts().changeRoles(id, List.of(Roles.CLERK));
            return null;
        }));
        assertTrue(roles.getMessage().contains("other trusts too"), roles.getMessage());
        asAdminOf("RKL", () -> {
            accounts().disable(id);
            return null;
        });
        assertEquals(Set.of("RAT"), RealmAccounts.groups(id), "out of RKL, still in RAT");
        assertTrue(RealmAccounts.userByUsername(username).orElseThrow().getBoolean("enabled"), "the account still works for RAT");
        assertTrue(asAdminOf("RKL", () -> accounts().members()).stream().noneMatch(m -> m.id().equals(id)));
        assertTrue(asAdminOf("RAT", () -> accounts().members()).stream().anyMatch(m -> m.id().equals(id)));
    }
}
