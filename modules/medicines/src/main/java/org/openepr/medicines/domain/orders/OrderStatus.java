package org.openepr.medicines.domain.orders;

import org.openepr.platform.text.Labelled;

/** Where an order stands with pharmacy. Rejected and stopped are final. */
public enum OrderStatus implements Labelled {
    AWAITING_VERIFICATION("Awaiting verification"),
    QUERIED("Queried by pharmacy"),
    VERIFIED("Verified"),
    REJECTED("Rejected by pharmacy"),
    STOPPED("Stopped");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == REJECTED || this == STOPPED;
    }

    /** Current: may be given (verified) or is on its way to being (awaiting, queried). */
    public boolean isCurrent() {
        return !isFinal();
    }
}
