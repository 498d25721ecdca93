package org.openepr.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentProfileTest {

    static final Map<String, String> DEMO = DeploymentProfile.DEMO_SECRETS;
    static final Map<String, String> OWN = Map.of("db.password", "s3cret-app", "db.owner.password", "s3cret-owner", "oidc.client.secret", "s3cret-oidc",
            "keycloak.provisioning.secret", "s3cret-provisioning");

    @Test
    void theDemoProfileRunsWithTheDemoSecretsAndAMovedClock() {
        assertEquals(0, DeploymentProfile.problems("demo", DEMO, "2027-03-03T10:00").size());
    }

    @Test
    void anyOtherProfileRefusesEachDemoSecretByName() {
        var problems = DeploymentProfile.problems("production", DEMO, "none");
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("oidc.client.secret is the demo profile's")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("keycloak.provisioning.secret is the demo profile's")), problems.toString());
    }

    @Test
    void anyOtherProfileRefusesUnsetSecretsAndAMovedClock() {
        var problems = DeploymentProfile.problems("production", Map.of("db.password", "${db.password}", "db.owner.password", "",
                "oidc.client.secret", "s3cret", "keycloak.provisioning.secret", "s3cret-too"), "2027-03-03T10:00");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("db.password is not set")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("epr.clock.start")));
    }

    @Test
    void aDeploymentWithItsOwnSecretsStarts() {
        assertEquals(0, DeploymentProfile.problems("production", OWN, "none").size());
    }
}
