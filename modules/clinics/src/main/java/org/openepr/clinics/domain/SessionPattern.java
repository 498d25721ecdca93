package org.openepr.clinics.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.openepr.platform.errors.InputCheck;

/**
 * The checked shape of a session template: when it runs, how it is cut into slots, and for how long it applies.
 */
public record SessionPattern(DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, int slotMinutes, int capacity,
                             AppointmentType type, String clinician, LocalDate effectiveFrom, LocalDate effectiveTo) {

    /** Raw fields from a screen or the API; {@link #parse} names every one that is wrong. */
    public record Form(String weekday, String startsAt, String endsAt, String slotMinutes, String capacity, String type,
                       String clinician, String effectiveFrom, String effectiveTo) {
    }

    public static SessionPattern parse(Form f) {
        InputCheck check = new InputCheck();
        DayOfWeek day = check.field("weekday", () -> weekday(f.weekday()));
        LocalTime start = check.field("startsAt", () -> time("Start time", f.startsAt()));
        LocalTime end = check.field("endsAt", () -> time("End time", f.endsAt()));
        Integer minutes = check.field("slotMinutes", () -> number("Slot length", f.slotMinutes(), 5, 240, "minutes"));
        Integer capacity = check.field("capacity", () -> number("Slot capacity", f.capacity(), 1, SessionTemplate.MAX_CAPACITY, "patients"));
        AppointmentType type = check.field("type", () -> AppointmentType.parse(f.type()));
        String clinician = check.field("clinician", () -> InputCheck.text("Clinician", f.clinician(), 100, true));
        LocalDate from = check.field("effectiveFrom", () -> date("Effective from", f.effectiveFrom(), true));
        LocalDate to = check.field("effectiveTo", () -> date("Effective to", f.effectiveTo(), false));
        if (start != null && end != null && !end.isAfter(start)) {
            check.problem("endsAt", "End time must be after the start time");
        } else if (start != null && end != null && minutes != null && Duration.between(start, end).toMinutes() < minutes) {
            check.problem("slotMinutes", "The session is shorter than one slot");
        }
        if (from != null && to != null && to.isBefore(from)) {
            check.problem("effectiveTo", "Effective to must not be before effective from");
        }
        check.throwIfAny();
        return new SessionPattern(day, start, end, minutes, capacity, type, clinician, from, to);
    }

    /** Same weekday, times that overlap, and date ranges that overlap. */
    public boolean overlaps(SessionPattern other) {
        if (weekday != other.weekday) {
            return false;
        }
        boolean timesOverlap = startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
        LocalDate end = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        boolean datesOverlap = !effectiveFrom.isAfter(otherEnd) && !other.effectiveFrom.isAfter(end);
        return timesOverlap && datesOverlap;
    }

    public boolean appliesOn(LocalDate day) {
        return day.getDayOfWeek() == weekday && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The slot start times of one session: start, start + length, ... while a whole slot fits. */
    public List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime t = startsAt; !t.plusMinutes(slotMinutes).isAfter(endsAt) && !t.plusMinutes(slotMinutes).isBefore(t);
             t = t.plusMinutes(slotMinutes)) {
            starts.add(t);
        }
        return starts;
    }

    private static DayOfWeek weekday(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Weekday is required");
        }
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Weekday must be a day of the week, e.g. MONDAY");
        }
    }

    private static LocalTime time(String label, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(label + " is required");
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " must be a time written HH:MM, e.g. 09:30");
        }
    }

    private static int number(String label, String text, int min, int max, String unit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(label + " is required");
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(label + " must be between " + min + " and " + max + " " + unit);
        }
        return value;
    }

    public static LocalDate date(String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        try {
            String t = text.strip();
            return t.contains("/") ? LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT)) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " must be a date written DD/MM/YYYY or YYYY-MM-DD");
        }
    }
}
