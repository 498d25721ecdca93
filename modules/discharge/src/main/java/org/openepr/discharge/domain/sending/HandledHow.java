package org.openepr.discharge.domain.sending;

import org.openepr.platform.text.Labelled;

/** How staff got a summary to its reader when it could not go (or did not go) through MESH. */
public enum HandledHow implements Labelled {
    POSTED("Posted to the GP practice"),
    SECURE_EMAIL("Sent by secure e-mail (NHSmail)"),
    GIVEN_TO_PATIENT("Given to the patient"),
    OTHER("Other (see note)");

    private final String label;

    HandledHow(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
