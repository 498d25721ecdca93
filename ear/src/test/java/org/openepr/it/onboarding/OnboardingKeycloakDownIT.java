package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.HostedTrusts;
import org.openepr.platform.trust.OnboardingFailedException;
import org.openepr.platform.trust.OnboardingSteps;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustOnboarding;
import org.openepr.platform.trust.TrustRegistry;

/**
 * Keycloak down during onboarding: a clear error, and nothing half made (no trust record, no group, no account).
 * Its own deployment, whose gateway a test can point at a closed port ({@link FlakyKeycloak}).
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingKeycloakDownIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-keycloak-down", Env.class, Http.class, Http.Answer.class, Tokens.class, RealmAccounts.class,
                Codes.class, FlakyKeycloak.class);
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

    @AfterEach
    void keycloakBack() {
        FlakyKeycloak.down = false;
        FlakyKeycloak.downWhileMakingAccounts = false;
    }

    @Test
    void keycloakUnreachableFromTheStartLeavesNothingAndSaysSo() {
        context.bind(new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR)), null);
        String ods = Codes.unique();
        String email = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        FlakyKeycloak.down = true;
        var failed = assertThrows(OnboardingFailedException.class, () -> onboarding.onboard(Codes.newTrust(ods, email)));
        FlakyKeycloak.down = false;
        assertEquals("Keycloak is not reachable: nothing was created.", failed.getMessage());
        assertNothingOf(ods, email);
        assertEquals(OnboardingSteps.State.FAILED, failed.steps().lines().get(0).state());
        assertTrue(hosted.auditTrail(20).stream().anyMatch(a -> a.action().equals("TRUST_ONBOARDING_FAILED") && ods.equals(a.subjectTrust())
                && a.detail().equals("Keycloak is not reachable: nothing was created.")), "the failed attempt is in the operator's trail");
    }

    @Test
    void keycloakGoneWhileTheAdminsAccountIsMadeUndoesTheGroupAndTheRecord() {
        context.bind(new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR)), null);
        String ods = Codes.unique();
        String email = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        FlakyKeycloak.downWhileMakingAccounts = true;
        var failed = assertThrows(OnboardingFailedException.class, () -> onboarding.onboard(Codes.newTrust(ods, email)));
        assertEquals("Keycloak is not reachable: nothing was created.", failed.getMessage());
        var states = failed.steps().lines().stream().map(l -> l.step() + " " + l.state()).toList();
        assertEquals(java.util.List.of("CHECKS DONE", "TRUST_RECORD UNDONE", "KEYCLOAK_GROUP UNDONE", "ADMIN_ACCOUNT FAILED", "DONE NOT_REACHED"), states);
        assertNothingOf(ods, email);
    }

    private void assertNothingOf(String ods, String email) {
        assertTrue(registry.find(OdsCode.of(ods)).isEmpty(), "no trust in the registry");
        assertTrue(stored(ods).isEmpty(), "no trust record");
        assertTrue(RealmAccounts.group(ods).isEmpty(), "no Keycloak group");
        assertTrue(RealmAccounts.userByUsername(email).isEmpty(), "no account");
    }
}
