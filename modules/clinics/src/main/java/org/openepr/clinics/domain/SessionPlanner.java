package org.openepr.clinics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which sessions a date range needs from a clinic's templates: every day a template applies, except bank
 * holidays and days that already have that template's session (so generating twice makes nothing new).
 */
public final class SessionPlanner {

    public static final int MAX_DAYS = 400;

    public record Planned(SessionTemplate template, LocalDate date) {
    }

    public record Existing(UUID templateId, LocalDate date) {
    }

    private SessionPlanner() {
    }

    public static List<Planned> plan(List<SessionTemplate> templates, LocalDate from, LocalDate to, Set<Existing> existing) {
        if (to.isBefore(from)) {
            throw new BookingRuleException("to", "The end of the range must not be before its start");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BookingRuleException("to", "Generate at most " + MAX_DAYS + " days at a time");
        }
        List<Planned> planned = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (BankHolidays.isBankHoliday(day)) {
                continue;
            }
            for (SessionTemplate t : templates) {
                if (t.pattern().appliesOn(day) && !existing.contains(new Existing(t.id(), day))) {
                    planned.add(new Planned(t, day));
                }
            }
        }
        return planned;
    }
}
