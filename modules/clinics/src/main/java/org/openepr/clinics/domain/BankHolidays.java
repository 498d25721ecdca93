package org.openepr.clinics.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays, by the rules of the Banking and Financial Dealings Act with
 * weekend substitutes, plus the one-off changes proclaimed since 2020. No clinic slots are made on these days.
 */
public final class BankHolidays {

    /** Proclaimed changes: a date added, or a usual date moved. */
    private static final Map<Integer, Set<LocalDate>> ADDED = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 8)),
            2022, Set.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
            2023, Set.of(LocalDate.of(2023, 5, 8)));
    private static final Map<Integer, Set<LocalDate>> REMOVED = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 4)),
            2022, Set.of(LocalDate.of(2022, 5, 30)));

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> { days.add(christmas); days.add(boxing.plusDays(2)); }      // Boxing Day Sat -> Mon 28th
            case SATURDAY -> { days.add(christmas.plusDays(2)); days.add(christmas.plusDays(3)); } // Mon 27th, Tue 28th
            case SUNDAY -> { days.add(christmas.plusDays(2)); days.add(boxing); }       // Mon 26th and Tue 27th
            default -> { days.add(christmas); days.add(boxing); }
        }
        days.removeAll(REMOVED.getOrDefault(year, Set.of()));
        days.addAll(ADDED.getOrDefault(year, Set.of()));
        return days;
    }

    private static LocalDate substitute(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Western Easter (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
