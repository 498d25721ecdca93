package org.openepr.clinics.domain;

import org.openepr.platform.text.Labelled;

/**
 * Where a booking stands. The first five hold a place in their slot; the rest have given it up.
 */
public enum BookingStatus implements Labelled {
    BOOKED("Booked", true),
    ARRIVED("Arrived", true),
    ATTENDED("Attended", true),
    DID_NOT_ATTEND("Did not attend", true),
    COULD_NOT_BE_SEEN("Could not be seen", true),
    CANCELLED_BY_PATIENT("Cancelled by patient", false),
    CANCELLED_BY_TRUST("Cancelled by trust", false),
    TO_BE_REBOOKED("To be rebooked", false),
    REBOOKED("Rebooked", false),
    RESCHEDULED("Rescheduled", false);

    private final String label;
    private final boolean holdsPlace;

    BookingStatus(String label, boolean holdsPlace) {
        this.label = label;
        this.holdsPlace = holdsPlace;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean holdsPlace() {
        return holdsPlace;
    }

    public boolean hasOutcome() {
        return this == ATTENDED || this == DID_NOT_ATTEND || this == COULD_NOT_BE_SEEN;
    }
}
