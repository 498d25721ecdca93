package org.openepr.it.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.InServer;
import org.openepr.it.support.RealmAccounts;
import org.openepr.it.support.Tokens;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.offboarding.ErasedAccount;
import org.openepr.platform.offboarding.Erasure;
import org.openepr.platform.offboarding.ExportReceipt;
import org.openepr.platform.offboarding.TrustOffboarding;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustOnboarding;

/**
 * Keycloak down while a trust is erased (its own deployment, whose gateway points at a closed port while the test
 * says so, {@link FlakyKeycloak}): the rows are erased all the same and the certificate says the Keycloak clean-up is
 * waiting and why, nothing in Keycloak is half changed; once Keycloak is back the operator's retry finishes it.
 */
@ExtendWith(ArquillianExtension.class)
class OffboardingKeycloakDownIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it-offboarding-keycloak-down", Env.class, Http.class, Http.Answer.class, Tokens.class, RealmAccounts.class,
                AsAnotherUser.class, Beans.class, Codes.class, Db.class, FlakyKeycloak.class, ServerJdbc.class,
                ServerJdbc.class.getDeclaredClasses()[0]);
    }

    static final Caller OPERATOR = new Caller("operator", "Olu Operator", "127.0.0.1", Set.of(Roles.HOSTING_OPERATOR));

    @Inject
    TrustContext context;

    @Inject
    TrustOnboarding onboarding;

    @Inject
    TrustOffboarding offboarding;

    @AfterEach
    void keycloakBack() {
        FlakyKeycloak.down = false;
    }

    @Test
    void keycloakDownDuringTheErasureTheRowsGoAllTheSameTheCleanUpWaitsAndTheOperatorsRetryFinishesIt() throws Exception {
        ServerJdbc.register();
        context.bind(OPERATOR, null);
        String ods = Codes.unique();
        OdsCode trust = OdsCode.of(ods);
        String email = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        onboarding.onboard(Codes.newTrust(ods, email));
        UUID export = UUID.randomUUID();
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("insert into export_job (trust, id, requested_by, requested_at,"
                + " requested_via, state, expected, written, finished_at) values (?, ?, ?, now(), 'SCREEN', 'DONE', 1, 1, now())")) {
            st.setString(1, ods);
            st.setObject(2, export);
            st.setString(3, email);
            st.executeUpdate();
        }
        AsAnotherUser.run(ods, email, Set.of(Roles.TRUST_ADMIN), () -> Beans.get(ExportReceipt.class).confirm(export));

        FlakyKeycloak.down = true;
        offboarding.offboard(trust);
        Erasure erased = await(trust, Erasure::done);
        assertEquals("WAITING", erased.keycloak().state(), erased.keycloakSummary());
        assertEquals(2, erased.keycloak().attempts(), "tried before the rows and once more before the certificate");
        assertTrue(erased.keycloakSummary().startsWith("not done yet, tried 2 time(s): Keycloak is not reachable: the accounts and group of "
                + ods + " are cleaned up when it answers"), erased.keycloakSummary());
        assertTrue(erased.keycloak().accounts().isEmpty(), "nothing listed, nothing changed: Keycloak never answered");
        try (Connection c = Db.asSuperuser()) {
            assertEquals(0, Db.count(c, "select count(*) from export_job where trust = ?", ods), "the rows were erased without Keycloak");
            assertEquals(2, Db.count(c, "select count(*) from operator_audit where subject_trust = ? and action = 'TRUST_KEYCLOAK_CLEANUP_WAITING'", ods));
            assertEquals(1, Db.count(c, "select count(*) from operator_audit where subject_trust = ? and action = 'TRUST_ERASED'"
                    + " and detail like '%Keycloak: not done yet%'", ods));
        }
        assertTrue(RealmAccounts.group(ods).isPresent(), "the group is still there");
        assertTrue(RealmAccounts.userByUsername(email).orElseThrow().getBoolean("enabled"), "the admin's account is untouched");

        // Keycloak back: the operator's retry (from the console) finishes the clean-up
        FlakyKeycloak.down = false;
        offboarding.retryKeycloakCleanUp(trust);
        Erasure cleaned = await(trust, e -> e.keycloak().done());
        assertTrue(cleaned.keycloakSummary().startsWith("group /" + ods + " deleted; 1 account(s) disabled"), cleaned.keycloakSummary());
        assertEquals(List.of(email + " DISABLE true"), cleaned.keycloak().accounts().stream()
                .map(a -> a.username() + " " + a.action() + " " + a.done()).toList());
        assertTrue(RealmAccounts.group(ods).isEmpty(), "the group is gone");
        assertFalse(RealmAccounts.userByUsername(email).orElseThrow().getBoolean("enabled"), "the admin's account is disabled");
        try (Connection c = Db.asSuperuser()) {
            assertEquals(1, Db.count(c, "select count(*) from operator_audit where subject_trust = ? and action = 'TRUST_KEYCLOAK_CLEANUP_RETRIED'", ods));
            assertEquals(1, Db.count(c, "select count(*) from operator_audit where subject_trust = ? and action = 'TRUST_KEYCLOAK_CLEANED'", ods));
        }
        assertEquals(ErasedAccount.Action.DISABLE, cleaned.keycloak().accounts().get(0).action());
    }

    /** The trust's erasure once the condition holds (the worker runs on its own thread), at most two minutes. */
    private Erasure await(OdsCode trust, Predicate<Erasure> condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Erasure e;
        do {
            e = offboarding.erasureOf(trust).orElse(null);
            if (e != null && condition.test(e)) {
                return e;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < until);
        throw new AssertionError("the erasure of " + trust + " did not get there: " + e);
    }
}
