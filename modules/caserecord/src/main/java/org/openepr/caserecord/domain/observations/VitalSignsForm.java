package org.openepr.caserecord.domain.observations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.time.UkDates;

/**
 * One set of vital signs as typed: any of them, each a number in its unit, taken on a day at a time (UK time, 24h).
 * Field names are the form's ids, so every problem shows beside its field.
 */
public record VitalSignsForm(String weight, String height, String systolic, String diastolic, String pulse, String temperature,
                             String oxygenSaturation, String takenOn, String takenTime) {

    /** What was typed, checked: the single values by sign, the blood pressure (or null), and when taken. */
    public record Checked(Map<VitalSign, BigDecimal> values, BloodPressure bloodPressure, Instant takenAt) {
        public boolean isEmpty() {
            return values.isEmpty() && bloodPressure == null;
        }
    }

    /** Every field's problem at once, then refused whole: nothing is half-saved. */
    public Checked check(Clock clock) {
        InputCheck check = new InputCheck();
        Map<VitalSign, BigDecimal> values = new EnumMap<>(VitalSign.class);
        single(check, values, "weight", VitalSign.BODY_WEIGHT, weight);
        single(check, values, "height", VitalSign.BODY_HEIGHT, height);
        BloodPressure bp = BloodPressure.parse(check, systolic, diastolic);
        single(check, values, "pulse", VitalSign.PULSE, pulse);
        single(check, values, "temperature", VitalSign.TEMPERATURE, temperature);
        single(check, values, "oxygenSaturation", VitalSign.OXYGEN_SATURATION, oxygenSaturation);
        Instant takenAt = takenAt(check, clock);
        if (values.isEmpty() && bp == null && !check.hasProblem("weight") && !check.hasProblem("height") && !check.hasProblem("systolic")
                && !check.hasProblem("diastolic") && !check.hasProblem("pulse") && !check.hasProblem("temperature")
                && !check.hasProblem("oxygenSaturation")) {
            check.problem("weight", "Enter at least one measurement");
        }
        check.throwIfAny();
        return new Checked(values, bp, takenAt);
    }

    private static void single(InputCheck check, Map<VitalSign, BigDecimal> values, String field, VitalSign sign, String text) {
        if (text != null && !text.isBlank()) {
            BigDecimal v = check.field(field, () -> sign.parse(sign.label(), text));
            if (v != null) {
                values.put(sign, v);
            }
        }
    }

    private Instant takenAt(InputCheck check, Clock clock) {
        ZoneId uk = UkDates.UK;
        LocalDate day = check.field("takenOn", () -> {
            if (takenOn == null || takenOn.isBlank()) {
                throw new IllegalArgumentException("Taken on is required (DD/MM/YYYY)");
            }
            return UkDates.parseTyped(takenOn).orElseThrow(() -> new IllegalArgumentException("Taken on must be a date written DD/MM/YYYY"));
        });
        LocalTime time = check.field("takenTime", () -> {
            if (takenTime == null || takenTime.isBlank()) {
                throw new IllegalArgumentException("Time taken is required (HH:MM, 24-hour)");
            }
            try {
                return LocalTime.parse(takenTime.strip().length() == 4 ? "0" + takenTime.strip() : takenTime.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Time taken must be written HH:MM (24-hour), e.g. 14:30");
            }
        });
        if (day == null || time == null) {
            return null;
        }
        Instant at = day.atTime(time).atZone(uk).toInstant();
        // a minute's grace: the form's default is "now" when it opened
        if (at.isAfter(clock.instant().plusSeconds(60))) {
            check.problem("takenOn", "Taken at cannot be in the future (" + UkDates.dateTime(at) + ")");
            return null;
        }
        if (day.isBefore(LocalDate.now(clock.withZone(uk)).minusYears(120))) {
            check.problem("takenOn", "Taken on is more than 120 years ago");
            return null;
        }
        return at;
    }

    /** The form for a time already known (the API): its day and time in UK time. */
    public static String[] dayAndTime(Instant at) {
        var local = at.atZone(UkDates.UK);
        return new String[] {UkDates.typed(local.toLocalDate()), local.toLocalTime().withSecond(0).withNano(0).toString()};
    }
}
