package org.openepr.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo profile (./epr start, the test and bench servers) runs with the well-known demo secrets and may move
 * its clock; any other start must bring its own secrets. A production start that still has a demo secret, an
 * unset one, or a moved clock refuses to start, saying which setting to change.
 */
public final class DeploymentProfile {

    public static final String DEMO = "demo";

    /** Setting name → the value the demo profile uses for it. */
    static final Map<String, String> DEMO_SECRETS = Map.of(
            "db.password", "epr_app",
            "db.owner.password", "epr_owner",
            "oidc.client.secret", "epr-web-demo-secret",
            "keycloak.provisioning.secret", "epr-provisioning-demo-secret");

    private DeploymentProfile() {
    }

    /** A Liberty setting given a value: not blank, not the "none" default, not an unresolved ${variable}. */
    static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.equals("none") && !value.startsWith("${");
    }

    /** What is wrong with these settings for this profile; empty when the start may go ahead. */
    public static List<String> problems(String profile, Map<String, String> secrets, String clockStart) {
        List<String> problems = new ArrayList<>();
        if (DEMO.equals(profile)) {
            return problems;
        }
        DEMO_SECRETS.forEach((name, demoValue) -> {
            String value = secrets.get(name);
            if (value == null || value.isBlank() || value.startsWith("${")) {
                problems.add(name + " is not set: give it a secret value of this deployment");
            } else if (value.equals(demoValue)) {
                problems.add(name + " is the demo profile's well-known value: set a secret of this deployment");
            }
        });
        if (isSet(clockStart)) {
            problems.add("epr.clock.start moves the service's clock: only the demo profile may set it");
        }
        return problems;
    }
}
