package org.openepr.medicines.domain.orders;

import org.openepr.platform.text.Labelled;

/** A version's own verification: a later version supersedes one that was never verified. */
public enum Verification implements Labelled {
    AWAITING("Awaiting verification"),
    VERIFIED("Verified"),
    CARRIED_OVER("Verified (carried over: no clinical change)"),
    REJECTED("Rejected"),
    SUPERSEDED("Superseded before verification");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isVerified() {
        return this == VERIFIED || this == CARRIED_OVER;
    }
}
