package org.openepr.clinics.domain;

/** What happened at the appointment, as recorded on the clinic list. */
public enum Outcome {
    ATTENDED, DID_NOT_ATTEND, COULD_NOT_BE_SEEN, CANCELLED_BY_PATIENT, CANCELLED_BY_TRUST;

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
