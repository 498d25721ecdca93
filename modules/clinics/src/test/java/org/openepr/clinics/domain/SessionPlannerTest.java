package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SessionPlannerTest {

    static SessionTemplate template(String day, String from, String to) {
        return new SessionTemplate(UUID.randomUUID(), UUID.randomUUID(),
                SessionPattern.parse(new SessionPattern.Form(day, "09:00", "12:00", "30", "1", "new", "Dr Patel", from, to)));
    }

    @Test
    void noSessionsOnBankHolidays() {
        // Mondays in April and May 2026: Easter Monday 6 April, early May 4 May, spring 25 May are bank holidays
        var planned = SessionPlanner.plan(List.of(template("MONDAY", "2026-04-01", null)),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), Set.of());
        Set<LocalDate> days = planned.stream().map(SessionPlanner.Planned::date).collect(Collectors.toSet());
        assertEquals(Set.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 18)), days);
    }

    @Test
    void templatesApplyOnlyBetweenTheirDates() {
        var planned = SessionPlanner.plan(List.of(template("WEDNESDAY", "2026-01-14", "2026-01-28")),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), Set.of());
        assertEquals(List.of(LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 28)),
                planned.stream().map(SessionPlanner.Planned::date).toList());
    }

    @Test
    void generatingAgainMakesNothingNew() {
        SessionTemplate t = template("FRIDAY", "2026-01-01", null);
        var first = SessionPlanner.plan(List.of(t), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Set.of());
        Set<SessionPlanner.Existing> done = first.stream().map(p -> new SessionPlanner.Existing(p.template().id(), p.date()))
                .collect(Collectors.toSet());
        assertEquals(5, first.size());
        assertTrue(SessionPlanner.plan(List.of(t), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), done).isEmpty());
    }

    @Test
    void refusesBackwardsAndOverlongRanges() {
        assertThrows(BookingRuleException.class, () -> SessionPlanner.plan(List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), Set.of()));
        assertThrows(BookingRuleException.class, () -> SessionPlanner.plan(List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 1), Set.of()));
    }
}
