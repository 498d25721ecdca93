package org.openepr.platform.offboarding;

import org.openepr.platform.text.Labelled;

/**
 * One account of the leaving trust's Keycloak group, listed before anything is changed there: disabled if it works for
 * no other trust, taken out of this trust's group only if it does (a locum, who keeps their other trusts).
 */
public record ErasedAccount(String userId, String username, Action action, String otherTrusts, boolean done) {

    public enum Action implements Labelled {
        DISABLE("Account disabled (in no other trust)"), LEAVE_GROUP("Left this trust only (also works for another trust)");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
