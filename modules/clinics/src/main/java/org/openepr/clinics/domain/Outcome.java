package org.openepr.clinics.domain;

import org.openepr.platform.text.Labelled;

/** What happened at the appointment, as recorded on the clinic list. */
public enum Outcome implements Labelled {
    ATTENDED("Seen"),
    DID_NOT_ATTEND("Did not attend"),
    COULD_NOT_BE_SEEN("Could not be seen"),
    CANCELLED_BY_PATIENT("Cancelled by the patient"),
    CANCELLED_BY_TRUST("Cancelled by the trust");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Outcome parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Outcome is required");
        }
        try {
            return valueOf(text.strip().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Outcome must be one of attended, did not attend, could not be seen, cancelled by patient, cancelled by trust");
        }
    }
}
