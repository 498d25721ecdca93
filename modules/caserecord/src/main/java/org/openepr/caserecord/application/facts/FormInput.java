package org.openepr.caserecord.application.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.time.UkDates;

/** Parsers for what the forms and the API send; each throws IllegalArgumentException naming the field in words. */
final class FormInput {

    private FormInput() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + " must be one of the listed choices");
        }
    }

    static LocalDate date(String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        return UkDates.parseTyped(text).orElseThrow(() -> new IllegalArgumentException(label + " must be a date written DD/MM/YYYY"));
    }

    /** A UK date and an optional 24-hour time (HH:mm, midnight when left empty) as an instant. */
    static Instant dateTime(String label, String dateText, String timeText) {
        LocalDate date = date(label, dateText, true);
        LocalTime time = LocalTime.MIDNIGHT;
        if (timeText != null && !timeText.isBlank()) {
            String t = timeText.strip();
            if (!t.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
                throw new IllegalArgumentException(label + " time must be written HH:MM (24-hour)");
            }
            time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
        }
        return ZonedDateTime.of(date, time, UkDates.UK).toInstant();
    }

    static String required(String field, String label, String text, int max) {
        InputCheck check = new InputCheck();
        String value = check.field(field, () -> InputCheck.text(label, text, max, true));
        check.throwIfAny();
        return value;
    }
}
