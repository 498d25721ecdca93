package org.openepr.clinics.domain;

import java.util.Set;
import org.openepr.platform.text.Labelled;

/**
 * What happens after an appointment's outcome, so that no patient ends on no list: each next step is owned by
 * someone (the GP or referrer after a discharge, the service's waiting list for a follow-up or another appointment).
 */
public enum NextStep implements Labelled {
    DISCHARGE("Discharged from the clinic"),
    DISCHARGE_TO_REFERRER("Discharged back to the referrer (letter)"),
    FOLLOW_UP("Follow-up: on the waiting list until booked"),
    OFFER_ANOTHER("Another appointment to be offered: on the waiting list until booked");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Puts the patient on the service's waiting list. */
    public boolean waits() {
        return this == FOLLOW_UP || this == OFFER_ANOTHER;
    }

    /** The next steps that may follow an outcome. */
    public static Set<NextStep> after(Outcome outcome) {
        return switch (outcome) {
            case ATTENDED -> Set.of(DISCHARGE, FOLLOW_UP);
            case DID_NOT_ATTEND -> Set.of(OFFER_ANOTHER, DISCHARGE_TO_REFERRER);
            case COULD_NOT_BE_SEEN -> Set.of(OFFER_ANOTHER, DISCHARGE);
            case CANCELLED_BY_PATIENT, CANCELLED_BY_TRUST -> Set.of();
        };
    }

    public static NextStep parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Choose what happens next");
        }
        try {
            return valueOf(text.strip().toUpperCase().replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Next step must be discharge, discharge to referrer, follow-up or offer another appointment");
        }
    }
}
