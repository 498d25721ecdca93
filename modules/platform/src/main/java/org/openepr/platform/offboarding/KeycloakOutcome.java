package org.openepr.platform.offboarding;

import java.time.Instant;
import java.util.List;

/**
 * Where the Keycloak clean-up of an erasure stands: PENDING (not tried yet), WAITING (Keycloak failed; tried again
 * after the rows, at every start and from the console) or DONE; the accounts listed and what was done to each.
 */
public record KeycloakOutcome(String state, int attempts, Instant lastAttempt, String outcome, boolean planned, List<ErasedAccount> accounts) {

    static KeycloakOutcome pending() {
        return new KeycloakOutcome("PENDING", 0, null, null, false, List.of());
    }

    public boolean done() {
        return "DONE".equals(state);
    }

    public long disabled() {
        return accounts.stream().filter(a -> a.done() && a.action() == ErasedAccount.Action.DISABLE).count();
    }

    public long leftGroup() {
        return accounts.stream().filter(a -> a.done() && a.action() == ErasedAccount.Action.LEAVE_GROUP).count();
    }
}
