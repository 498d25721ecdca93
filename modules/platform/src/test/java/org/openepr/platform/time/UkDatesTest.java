package org.openepr.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void datesAreShownDayMonthNameYearInEnglishWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.UK); // Java's en-GB abbreviates September as "Sept"
            assertEquals("09-Sep-2027", UkDates.date(LocalDate.of(2027, 9, 9)));
            Locale.setDefault(Locale.GERMANY);
            assertEquals("03-Mar-2027", UkDates.date(LocalDate.of(2027, 3, 3)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void instantsAreShownInUkTimeOn24HourClock() {
        // 13:30 UTC in July is 14:30 British Summer Time; in January it is 13:30 GMT
        assertEquals("01-Jul-2027 14:30", UkDates.dateTime(Instant.parse("2027-07-01T13:30:00Z")));
        assertEquals("15-Jan-2027 13:30", UkDates.dateTime(Instant.parse("2027-01-15T13:30:00Z")));
        assertEquals("31-Dec-2026 23:59:59", UkDates.auditTime(Instant.parse("2026-12-31T23:59:59Z")));
        assertEquals("14:30:05", UkDates.clockTime(Instant.parse("2027-07-01T13:30:05Z")), "how old a summary panel is, to the second");
        assertEquals("Wed 03-Mar-2027 09:05", UkDates.dayTime(LocalDateTime.of(2027, 3, 3, 9, 5)));
        assertEquals("Wednesday 03-Mar-2027", UkDates.longDay(LocalDate.of(2027, 3, 3)));
    }

    @Test
    void typedDatesAreDayMonthYearAndImpossibleDatesAreRefused() {
        assertEquals(LocalDate.of(1961, 4, 23), UkDates.parseTyped("23/04/1961").orElseThrow());
        assertEquals(LocalDate.of(1961, 4, 3), UkDates.parseTyped(" 3/4/1961 ").orElseThrow());
        assertEquals(LocalDate.of(1961, 4, 23), UkDates.parseTyped("1961-04-23").orElseThrow(), "as a browser's date field sends it");
        assertTrue(UkDates.parseTyped("31/02/2027").isEmpty(), "no rolling over into March");
        assertTrue(UkDates.parseTyped("04/23/1961").isEmpty(), "month first is not a UK date");
        assertTrue(UkDates.parseTyped("").isEmpty());
        assertEquals("03/03/2027", UkDates.typed(LocalDate.of(2027, 3, 3)));
    }
}
