package org.openepr.caserecord.application.facts;

import java.time.Instant;
import java.time.LocalDate;
import org.openepr.platform.errors.InputCheck;

/** Parsers for what the forms and the API send (the platform's, in InputCheck); each throws IllegalArgumentException naming the field in words. */
final class FormInput {

    private FormInput() {
    }

    static <E extends Enum<E>> E choice(Class<E> type, String label, String text, boolean required) {
        return InputCheck.choice(type, label, text, required);
    }

    static LocalDate date(String label, String text, boolean required) {
        return InputCheck.date(label, text, required);
    }

    /** A UK date and an optional 24-hour time (HH:mm, midnight when left empty) as an instant. */
    static Instant dateTime(String label, String dateText, String timeText) {
        return InputCheck.dateTime(label, dateText, timeText, false);
    }

    static String required(String field, String label, String text, int max) {
        InputCheck check = new InputCheck();
        String value = check.field(field, () -> InputCheck.text(label, text, max, true));
        check.throwIfAny();
        return value;
    }
}
