package org.openepr.it.onboarding;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.openepr.platform.trust.KeycloakAccounts;

/**
 * Test only (deployed by {@link OnboardingKeycloakDownIT}): the real gateway, pointed at a closed port while the test
 * says Keycloak is down, either throughout or only while the first admin's account is being made.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class FlakyKeycloak extends KeycloakAccounts {

    /** A port nothing listens on (the discard port, closed on the build machine). */
    static final String CLOSED = "http://127.0.0.1:9";

    static volatile boolean down;
    static volatile boolean downWhileMakingAccounts;

    @Override
    protected String baseUrl() {
        return down ? CLOSED : super.baseUrl();
    }

    @Override
    public String createUser(String username, String firstName, String lastName, String email, String temporaryPassword) {
        if (!downWhileMakingAccounts) {
            return super.createUser(username, firstName, lastName, email, temporaryPassword);
        }
        down = true;
        try {
            return super.createUser(username, firstName, lastName, email, temporaryPassword);
        } finally {
            down = false; // back for the undo
        }
    }
}
