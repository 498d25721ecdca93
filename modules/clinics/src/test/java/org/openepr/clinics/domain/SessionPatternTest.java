package org.openepr.clinics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

class SessionPatternTest {

    static SessionPattern.Form form(String day, String start, String end, String minutes, String capacity, String from, String to) {
        return new SessionPattern.Form(day, start, end, minutes, capacity, "new", "Dr Patel", from, to);
    }

    static SessionPattern pattern(String day, String start, String end, String from, String to) {
        return SessionPattern.parse(form(day, start, end, "30", "1", from, to));
    }

    static List<String> fieldsAtFault(SessionPattern.Form f) {
        return assertThrows(InvalidInputException.class, () -> SessionPattern.parse(f)).problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void parsesATemplateAndCutsItIntoSlots() {
        SessionPattern p = SessionPattern.parse(form("tuesday", "09:00", "11:00", "20", "1", "2026-01-06", null));
        assertEquals(DayOfWeek.TUESDAY, p.weekday());
        assertEquals(6, p.slotStarts().size());
        assertEquals(LocalTime.of(10, 40), p.slotStarts().get(5));
    }

    @Test
    void aSlotThatWouldRunPastTheEndIsNotMade() {
        SessionPattern p = SessionPattern.parse(form("MONDAY", "09:00", "10:00", "25", "1", "2026-01-05", null));
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 25)), p.slotStarts());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertEquals(List.of("endsAt"), fieldsAtFault(form("MONDAY", "12:00", "09:00", "30", "1", "2026-01-05", null)));
        assertEquals(List.of("endsAt"), fieldsAtFault(form("MONDAY", "09:00", "09:00", "30", "1", "2026-01-05", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10000", "-1", "51", "two"})
    void refusesCapacitiesOutsideOneToFifty(String capacity) {
        var e = assertThrows(InvalidInputException.class, () -> SessionPattern.parse(form("MONDAY", "09:00", "12:00", "30", capacity, "2026-01-05", null)));
        assertEquals("capacity", e.problems().get(0).field());
    }

    @Test
    void refusesAnEffectiveEndBeforeItsStartAndOtherNonsense() {
        assertEquals(List.of("effectiveTo"), fieldsAtFault(form("MONDAY", "09:00", "12:00", "30", "1", "2026-02-01", "2026-01-01")));
        assertEquals(List.of("weekday", "startsAt", "slotMinutes", "effectiveFrom"),
                fieldsAtFault(form("Funday", "9am", "12:00", "1000", "1", "", null)));
    }

    @Test
    void overlapsOnlyOnTheSameDayWithOverlappingTimesAndDates() {
        SessionPattern a = pattern("MONDAY", "09:00", "12:00", "2026-01-05", null);
        assertTrue(a.overlaps(pattern("MONDAY", "11:30", "13:00", "2026-06-01", "2026-07-01")));
        assertFalse(a.overlaps(pattern("MONDAY", "12:00", "13:00", "2026-01-05", null)), "back to back is fine");
        assertFalse(a.overlaps(pattern("TUESDAY", "09:00", "12:00", "2026-01-05", null)));
        SessionPattern ended = pattern("MONDAY", "09:00", "12:00", "2026-01-05", "2026-03-30");
        assertFalse(ended.overlaps(pattern("MONDAY", "09:00", "12:00", "2026-03-31", null)), "a template that has ended");
        assertTrue(ended.overlaps(pattern("MONDAY", "10:00", "11:00", "2026-03-30", null)));
    }
}
