package org.openepr.platform.errors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.openepr.platform.time.UkDates;

/**
 * Collects every field problem of one submission, so a user sees all of them at once,
 * then refuses the whole submission if there is any.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Runs a parser (a value object's factory); its IllegalArgumentException becomes a problem of the field. */
    public <T> T field(String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Free text from a person: required or not, trimmed, length-limited, no markup or control characters. */
    public static String text(String label, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(label + " must be at most " + maxLength + " characters (it has " + trimmed.length() + ")");
        }
        if (trimmed.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw new IllegalArgumentException(label + " must not contain < or > or control characters");
        }
        return trimmed;
    }

    /** One of an enum's constants as a form or the API sends it (its name; case, dashes and spaces forgiven). */
    public static <E extends Enum<E>> E choice(Class<E> type, String label, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + " must be one of the listed choices");
        }
    }

    /** A date as typed, DD/MM/YYYY (see {@link UkDates#parseTyped}). */
    public static LocalDate date(String label, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        return UkDates.parseTyped(value).orElseThrow(() -> new IllegalArgumentException(label + " must be a date written DD/MM/YYYY"));
    }

    /**
     * A UK date and a 24-hour time (HH:MM) as an instant. An empty time is midnight unless {@code timeRequired}
     * (a ward movement happens at a time; a legal status may be known only by its day).
     */
    public static Instant dateTime(String label, String dateValue, String timeValue, boolean timeRequired) {
        LocalDate date = date(label, dateValue, true);
        if (timeValue == null || timeValue.isBlank()) {
            if (timeRequired) {
                throw new IllegalArgumentException(label + " time is required (HH:MM, 24-hour)");
            }
            return ZonedDateTime.of(date, LocalTime.MIDNIGHT, UkDates.UK).toInstant();
        }
        String t = timeValue.strip();
        if (!t.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            throw new IllegalArgumentException(label + " time must be written HH:MM (24-hour)");
        }
        return ZonedDateTime.of(date, LocalTime.parse(t.length() == 4 ? "0" + t : t), UkDates.UK).toInstant();
    }
}
