package org.openepr.clinics.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A trust's decisions for its clinics, by name (kept with every module's in the platform's trust settings), and what
 * stands until the trust decides: {@link #DNA_NEXT_STEP}, what the clinician is offered first when a patient does not
 * attend; {@link #SCHEDULE_DAY_STARTS}, the hour the schedule's grid starts at.
 */
public final class ClinicDecisions {

    public static final String DNA_NEXT_STEP = "dna_next_step";
    /** The hour the clinic schedule's grid starts at (HH:MM), so a trust's first sessions are on screen without scrolling. */
    public static final String SCHEDULE_DAY_STARTS = "schedule_day_starts";
    public static final NextStep DNA_NEXT_STEP_DEFAULT = NextStep.OFFER_ANOTHER;
    public static final LocalTime SCHEDULE_DAY_STARTS_DEFAULT = LocalTime.of(8, 0);

    private ClinicDecisions() {
    }

    /** Until a trust decides, a patient who does not attend is offered another appointment. */
    public static NextStep dnaNextStep(Optional<String> decided) {
        NextStep step = decided.map(NextStep::parse).orElse(DNA_NEXT_STEP_DEFAULT);
        if (!NextStep.after(Outcome.DID_NOT_ATTEND).contains(step)) {
            throw new IllegalStateException("The trust's DNA decision must be offer another or discharge to referrer, not " + step);
        }
        return step;
    }

    /** Until a trust decides, the schedule's grid starts at 08:00. */
    public static LocalTime scheduleDayStarts(Optional<String> decided) {
        return decided.map(LocalTime::parse).orElse(SCHEDULE_DAY_STARTS_DEFAULT);
    }

    /** The admin's choice of what follows a DNA: another appointment or discharge to the referrer. */
    public static NextStep afterDna(String text) {
        NextStep step;
        try {
            step = NextStep.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BookingRuleException("dnaDecision", e.getMessage());
        }
        if (!NextStep.after(Outcome.DID_NOT_ATTEND).contains(step)) {
            throw new BookingRuleException("dnaDecision", "After a DNA: offer another appointment, or discharge to the referrer");
        }
        return step;
    }

    /** A whole hour from 00:00 to 12:00, written HH:MM (the grid shows the day from there). */
    public static LocalTime scheduleDayStarts(String text) {
        LocalTime starts;
        try {
            starts = LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BookingRuleException("scheduleDayStarts", "Write the hour as HH:MM, 24-hour (e.g. 07:00)");
        }
        if (starts.getMinute() != 0 || starts.isAfter(LocalTime.NOON)) {
            throw new BookingRuleException("scheduleDayStarts", "The schedule starts on a whole hour, no later than 12:00");
        }
        return starts;
    }
}
