package org.openepr.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openepr.platform.security.Roles;
import org.openepr.platform.text.Labelled;

/**
 * Words for values on screen: {@code #{words.of(slot.type())}} shows "Follow-up", never FOLLOW_UP. An enum without
 * a label still shows as words ("Some code"), so no code reaches a person, but each should say its own.
 */
@Named("words")
@ApplicationScoped
public class Words {

    /** Only upper-case letters and underscores: a code kept as text (FOLLOW_UP, NEW), never a person's words. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,}(?:_[A-Z]+)*");

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        if (value instanceof Month month) {
            return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        if (value instanceof Enum<?> code) {
            return Labelled.words(code.name());
        }
        if (value instanceof String text && CODE.matcher(text).matches()) {
            return Labelled.words(text); // a code a read model kept as text ("FOLLOW_UP"); other text is shown as it is
        }
        return value.toString();
    }

    /** A role as staff call it: "Booking clerk", not clerk. */
    public String role(String role) {
        return role == null ? "" : Roles.label(role);
    }
}
