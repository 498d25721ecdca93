package org.openepr.discharge.domain.sending;

import org.openepr.platform.text.Labelled;

/** How a signed summary reaches the GP: through MESH to the registered practice, or by hand when there is none. */
public enum Route implements Labelled {
    MESH("To the GP practice's mailbox (MESH)"),
    MANUAL("By hand: no registered GP practice");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
