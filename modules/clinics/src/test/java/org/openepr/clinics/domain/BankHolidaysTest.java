package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Against the dates GOV.UK publishes for England and Wales. */
class BankHolidaysTest {

    static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> s = new TreeSet<>();
        for (String d : iso) {
            s.add(LocalDate.parse(d));
        }
        return s;
    }

    @Test
    void year2025() {
        assertEquals(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"),
                BankHolidays.of(2025));
    }

    @Test
    void year2026BoxingDayOnASaturdayMovesToMonday() {
        assertEquals(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"),
                BankHolidays.of(2026));
    }

    @Test
    void year2027ChristmasOnASaturdayMovesBothDays() {
        assertEquals(dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"),
                BankHolidays.of(2027));
    }

    @Test
    void newYearOnASundayIsObservedOnMonday() {
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2023, 1, 2)));
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2023, 1, 3)));
    }

    @Test
    void proclaimedChangesAreKnown() {
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2023, 5, 8)), "coronation");
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2022, 9, 19)), "state funeral");
        assertFalse(BankHolidays.isBankHoliday(LocalDate.of(2022, 5, 30)), "spring holiday moved to 2 June 2022");
        assertTrue(BankHolidays.isBankHoliday(LocalDate.of(2022, 6, 2)));
    }
}
