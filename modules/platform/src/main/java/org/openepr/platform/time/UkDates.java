package org.openepr.platform.time;

import org.openepr.platform.time.UkDates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * The one date and time style of the product, on screen and on paper: dates shown as 03-Mar-2027, typed as
 * 03/03/2027, times 24-hour (14:30), all in UK time. English month names whatever the server's locale (Java's
 * en-GB writes "Sept"), so a date reads the same on every screen and every printout.
 */
public final class UkDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** What a user types, and what date fields show as their placeholder. */
    public static final String TYPED_PATTERN = "dd/MM/yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern(TYPED_PATTERN, Locale.ENGLISH);
    // typing 3/3/2027 is as good as 03/03/2027; 31/02 is refused, not rolled over
    private static final DateTimeFormatter TYPED_LENIENT_DIGITS = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private UkDates() {
    }

    /** 03-Mar-2027 */
    public static String date(Object when) {
        return when == null ? "" : DATE.format(ukDate(when));
    }

    /** 14:30 */
    public static String time(Object when) {
        return when == null ? "" : TIME.format(ukTime(when));
    }

    /** 10:04:31: how old something on screen is ("as of 10:04:31"), where the second matters. */
    public static String clockTime(Object when) {
        return when == null ? "" : SECONDS.format(ukTime(when));
    }

    /** 03-Mar-2027 14:30 */
    public static String dateTime(Object when) {
        return when == null ? "" : date(when) + " " + time(when);
    }

    /** 03-Mar-2027 14:30:05: audit lines, where the second matters. */
    public static String auditTime(Object when) {
        return when == null ? "" : DATE.format(ukDate(when)) + " " + SECONDS.format(ukTime(when));
    }

    /** Wed 03-Mar-2027 */
    public static String day(Object when) {
        return when == null ? "" : DAY.format(ukDate(when));
    }

    /** Wed 03-Mar-2027 14:30 */
    public static String dayTime(Object when) {
        return when == null ? "" : day(when) + " " + time(when);
    }

    /** Wednesday 03-Mar-2027 (headings and letters) */
    public static String longDay(Object when) {
        return when == null ? "" : LONG_DAY.format(ukDate(when));
    }

    /** 03/03/2027: a date put back into a field for editing. */
    public static String typed(LocalDate date) {
        return date == null ? "" : TYPED.format(date);
    }

    /** A date as typed (DD/MM/YYYY; also 2027-03-03 as a browser's own date field sends it); empty when it is not one. */
    public static Optional<LocalDate> parseTyped(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(t.contains("/") ? LocalDate.parse(t, TYPED_LENIENT_DIGITS) : LocalDate.parse(t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static TemporalAccessor uk(Object when) {
        if (when instanceof Instant i) {
            return i.atZone(UK);
        } else if (when instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(UK);
        } else if (when instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(UK);
        } else if (when instanceof TemporalAccessor t) {
            return t;
        }
        throw new IllegalArgumentException("Not a date or time: " + when.getClass().getName());
    }

    private static LocalDate ukDate(Object when) {
        return LocalDate.from(uk(when));
    }

    private static LocalTime ukTime(Object when) {
        return LocalTime.from(uk(when));
    }
}
