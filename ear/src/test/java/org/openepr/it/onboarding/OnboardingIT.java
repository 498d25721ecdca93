package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.HostedTrusts;
import org.openepr.platform.trust.OnboardingSteps;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustOnboarding;
import org.openepr.platform.trust.TrustOnboarding.NewTrust;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Onboarding inside Liberty against the real Keycloak and PostgreSQL: the trust record, its group and its first admin
 * are made (checked in Keycloak as its own admin, and by a real token of the new admin), the new trust is seen at once,
 * bad input is refused naming the field, and only the hosting operator may onboard.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-onboarding", Env.class, Http.class, Http.Answer.class, Tokens.class, RealmAccounts.class,
                AsAnotherUser.class, org.openepr.it.support.Beans.class, Codes.class);
    }

    @Inject
    TrustContext context;

    @Inject
    TrustOnboarding onboarding;

    @Inject
    HostedTrusts hosted;

    @Inject
    TrustRegistry registry;

    /** The trust as stored: the registry read again from the database. */
    private java.util.Optional<TrustRegistry.TrustView> stored(String ods) {
        registry.refresh();
        return registry.find(OdsCode.of(ods));
    }

    static final Caller OPERATOR = new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR));

    @Test
    void onboardingMakesTheTrustItsGroupAndItsFirstAdminWhoSignsInWithARealToken() {
        context.bind(OPERATOR, null);
        String ods = Codes.unique();
        String email = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        var done = onboarding.onboard(Codes.newTrust(ods, email));

        assertTrue(done.steps().lines().stream().allMatch(l -> l.state() == OnboardingSteps.State.DONE), done.steps().lines().toString());
        assertEquals(email, done.adminUsername());
        assertTrue(done.temporaryPassword().matches("([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}"), done.temporaryPassword());

        // the record, seen at once by the registry the edge reads (no restart)
        var view = registry.find(OdsCode.of(ods)).orElseThrow(() -> new AssertionError("the registry does not know " + ods));
        assertTrue(view.isActive());
        var trust = stored(ods).orElseThrow();
        assertEquals(List.of("patient-index", "clinics"), trust.modules());
        assertEquals("#7A2182", trust.colour());
        assertEquals("Test Onboarded NHS Trust " + ods, trust.name());
        assertTrue(hosted.all().stream().anyMatch(t -> t.odsCode().value().equals(ods)), "listed on the operator's console");
        // on the operator's default release for new trusts, from the first moment
        assertEquals(org.openepr.it.support.Beans.get(org.openepr.platform.releases.Releases.class).defaultForNewTrusts(),
                org.openepr.it.support.Beans.get(org.openepr.platform.releases.Releases.class).releaseOf(OdsCode.of(ods)));
        assertTrue(done.steps().lines().stream().anyMatch(l -> l.detail() != null && l.detail().contains("on release ")), "the step says which");

        // Keycloak, as its own admin sees it: the group, the admin in it (only), trust-admin, a temporary password
        var group = RealmAccounts.group(ods).orElseThrow(() -> new AssertionError("no group " + ods));
        assertEquals("/" + ods, group.getString("path"));
        var user = RealmAccounts.userByUsername(email).orElseThrow(() -> new AssertionError("no account " + email));
        assertEquals("Olga", user.getString("firstName"));
        assertEquals("Onboard", user.getString("lastName"));
        assertTrue(user.getBoolean("enabled"));
        assertEquals(List.of("UPDATE_PASSWORD"), user.getJsonArray("requiredActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        String userId = user.getString("id");
        assertEquals(Set.of(ods), RealmAccounts.groups(userId));
        assertTrue(RealmAccounts.realmRoles(userId).contains(Roles.TRUST_ADMIN));
        assertFalse(RealmAccounts.realmRoles(userId).contains(Roles.CLINICIAN), "trust admin only");

        // the temporary password does not give a token (Keycloak wants a new one first)...
        var refused = Http.postForm(Env.KEYCLOAK_URL + "/realms/epr/protocol/openid-connect/token", java.util.Map.of("client_id", "epr-cli",
                "grant_type", "password", "username", email, "password", done.temporaryPassword()), null);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("not fully set up"), refused.body());
        // ...once set, a real token carries the new trust and the trust-admin role
        RealmAccounts.setPassword(userId, "it-" + ods + "-Passw0rd");
        var claims = RealmAccounts.claims(Tokens.fresh("epr", "epr-cli", email, "it-" + ods + "-Passw0rd"));
        assertEquals(List.of(ods), claims.getJsonArray("trusts").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertTrue(claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().anyMatch(g -> g.getString().equals(Roles.TRUST_ADMIN)));

        // the operator's trail says so, and the new trust's admin sees the line
        assertTrue(hosted.auditTrail(20).stream().anyMatch(a -> a.action().equals("TRUST_ONBOARDED") && ods.equals(a.subjectTrust())
                && a.detail().contains(email) && a.actor().equals("operator")));
        var seenByAdmin = AsAnotherUser.run(ods, email, Set.of(Roles.TRUST_ADMIN), () -> org.openepr.it.support.Beans.get(ReadAuditTrail.class).operatorActions(10));
        assertEquals(1, seenByAdmin.size());
        assertEquals("TRUST_ONBOARDED", seenByAdmin.get(0).action());
        var seenByOther = AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN), () -> org.openepr.it.support.Beans.get(ReadAuditTrail.class).operatorActions(500));
        assertTrue(seenByOther.stream().noneMatch(a -> ods.equals(a.subjectTrust())), "another trust's admin does not see it");
    }

    @Test
    void anOdsCodeInUseOrMalformedIsRefusedNamingTheField() {
        context.bind(OPERATOR, null);
        var inUse = assertThrows(InvalidInputException.class, () -> onboarding.onboard(Codes.newTrust("RAT", "x.rat@it.openepr.invalid")));
        assertEquals("odsCode", inUse.problems().get(0).field());
        assertEquals("ODS code RAT is already in use by North East London NHS Foundation Trust", inUse.problems().get(0).message());
        var lowerCase = assertThrows(InvalidInputException.class, () -> onboarding.onboard(Codes.newTrust("rat", "x.rat@it.openepr.invalid")));
        assertTrue(lowerCase.problems().get(0).message().contains("already in use"), "typed in lower case, still the same trust");

        var malformed = assertThrows(InvalidInputException.class, () -> onboarding.onboard(
                new NewTrust("9X-1", "", "", "blue", List.of("no-such-module"), "Cher", "not-an-address")));
        var fields = malformed.problems().stream().map(p -> p.field()).toList();
        assertEquals(List.of("odsCode", "name", "shortName", "colour", "modules", "adminName", "adminEmail"), fields, "every field at once");
        assertEquals("ODS code must be 3 to 6 letters and digits starting with a letter", malformed.problems().get(0).message());

        // an e-mail that already has an account: refused before anything is made
        String ods = Codes.unique();
        var taken = assertThrows(InvalidInputException.class, () -> onboarding.onboard(Codes.newTrust(ods, "rat.clinician@demo.openepr.invalid")));
        assertEquals("adminEmail", taken.problems().get(0).field());
        assertTrue(stored(ods).isEmpty());
        assertTrue(RealmAccounts.group(ods).isEmpty());
    }

    @Test
    void aTrustAdminCannotOnboard() {
        String ods = Codes.unique();
        var refused = assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "rat.admin", Set.of(Roles.TRUST_ADMIN),
                () -> org.openepr.it.support.Beans.get(TrustOnboarding.class).onboard(Codes.newTrust(ods, "x." + ods.toLowerCase() + "@it.openepr.invalid"))));
        assertNotNull(refused.getMessage());
        assertTrue(stored(ods).isEmpty());
        assertTrue(RealmAccounts.group(ods).isEmpty());
    }
}
