package org.openepr.platform.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.Ids;

/**
 * Typed reading of FHIR search parameters, ids and references, once for every module. Every bad value is an
 * {@link InvalidInputException} naming the parameter (answered 400 with an OperationOutcome whose expression is
 * the parameter), never a server error; an id that is not one of ours is simply not found (404).
 */
public final class SearchParams {

    /** The longest value any parameter may carry; longer ones are refused before they reach a query. */
    public static final int MAX_LENGTH = 200;
    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private SearchParams() {
    }

    /** An inclusive range of days; either end may be open. */
    public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        public LocalDate fromOr(LocalDate fallback) {
            return from.orElse(fallback);
        }

        public LocalDate toOr(LocalDate fallback) {
            return to.orElse(fallback);
        }

        public boolean isEmpty() {
            return from.isEmpty() && to.isEmpty();
        }
    }

    /** _count and _offset, within bounds. */
    public record Paging(int count, int offset) {
        public int page() {
            return offset / count;
        }
    }

    /**
     * A date parameter, repeatable, with FHIR's prefixes: eq (the default), ge, gt, le, lt; values YYYY, YYYY-MM,
     * YYYY-MM-DD or a dateTime (taken as its day in UK time). {@code start=ge2026-12-01&start=le2026-12-14}.
     */
    public static DateRange dates(String name, List<String> values) {
        LocalDate from = null;
        LocalDate to = null;
        for (String raw : values == null ? List.<String>of() : values) {
            String value = plain(name, raw);
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String date = Character.isLetter(value.charAt(0)) && value.length() > 2 ? value.substring(2) : value;
            LocalDate[] span = span(name, date);
            switch (prefix) {
                case "eq" -> {
                    from = later(from, span[0]);
                    to = earlier(to, span[1]);
                }
                case "ge" -> from = later(from, span[0]);
                case "gt" -> from = later(from, span[1].plusDays(1));
                case "le" -> to = earlier(to, span[1]);
                case "lt" -> to = earlier(to, span[0].minusDays(1));
                default -> throw new InvalidInputException(name, "'" + prefix + "' is not a date prefix: use eq, ge, gt, le or lt");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(name, "The dates leave no day to search: " + from + " is after " + to);
        }
        return new DateRange(Optional.ofNullable(from), Optional.ofNullable(to));
    }

    /** One day, no prefix other than eq: {@code date=2026-12-01}. */
    public static Optional<LocalDate> date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        DateRange range = dates(name, List.of(raw));
        if (range.from().isEmpty() || range.to().isEmpty() || !range.from().equals(range.to())) {
            throw new InvalidInputException(name, "Give one day, YYYY-MM-DD");
        }
        return range.from();
    }

    private static LocalDate[] span(String name, String text) {
        DateTimeType parsed;
        try {
            parsed = new DateTimeType(text);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new InvalidInputException(name, "'" + shortened(text) + "' is not a date: use YYYY-MM-DD, with an optional prefix ge, gt, le, lt or eq");
        }
        if (parsed.getValue() == null || parsed.getYear() < 1800 || parsed.getYear() > 2200) {
            throw new InvalidInputException(name, "'" + shortened(text) + "' is not a date between the years 1800 and 2200");
        }
        TemporalPrecisionEnum precision = parsed.getPrecision();
        if (precision == TemporalPrecisionEnum.YEAR) {
            return new LocalDate[] {LocalDate.of(parsed.getYear(), 1, 1), LocalDate.of(parsed.getYear(), 12, 31)};
        }
        if (precision == TemporalPrecisionEnum.MONTH) {
            YearMonth month = YearMonth.of(parsed.getYear(), parsed.getMonth() + 1);
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        LocalDate day = precision == TemporalPrecisionEnum.DAY
                ? LocalDate.of(parsed.getYear(), parsed.getMonth() + 1, parsed.getDay())
                : parsed.getValue().toInstant().atZone(UK).toLocalDate();
        return new LocalDate[] {day, day};
    }

    /**
     * A token, {@code [system]|code} or a bare code; if the parameter has a fixed system, a system given must be it.
     * Returns the code.
     */
    public static Optional<String> token(String name, String raw, String system) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String value = plain(name, raw);
        int bar = value.indexOf('|');
        if (bar >= 0) {
            String given = value.substring(0, bar);
            if (system != null && !given.isEmpty() && !given.equals(system)) {
                throw new InvalidInputException(name, "Use the system " + system + " (" + name + "=" + system + "|<code>)");
            }
            value = value.substring(bar + 1);
            if (value.indexOf('|') >= 0) {
                throw new InvalidInputException(name, "A token is [system]|code, with one |");
            }
        }
        if (value.isBlank()) {
            throw new InvalidInputException(name, "The code is missing: " + name + "=" + (system == null ? "" : system + "|") + "<code>");
        }
        return Optional.of(value.strip());
    }

    /** A token whose code must be one of a fixed set (case-insensitive); returns what the code maps to. */
    public static <T> Optional<T> code(String name, String raw, String system, Map<String, T> codes) {
        return token(name, raw, system).map(code -> {
            T found = codes.get(code.toUpperCase(Locale.ROOT));
            if (found == null) {
                throw new InvalidInputException(name, "'" + shortened(code) + "' is not one of: " + String.join(", ", codes.keySet()).toLowerCase(Locale.ROOT));
            }
            return found;
        });
    }

    /** A reference to one of our resources: {@code Type/<id>}, a bare id, or an absolute URL ending in Type/id. */
    public static Optional<UUID> reference(String name, String raw, String type) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(requiredReference(name, raw, type));
    }

    public static UUID requiredReference(String name, String raw, String type) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(name, "A " + type + " reference is required: " + type + "/<id>");
        }
        String value = plain(name, raw).strip();
        int at = value.lastIndexOf(type + "/");
        if (at < 0 && value.contains("/")) {
            throw new InvalidInputException(name, "Refer to a " + type + ": " + type + "/<id>");
        }
        String id = at >= 0 ? value.substring(at + type.length() + 1) : value;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "No such " + type + ": '" + shortened(id) + "' is not an id of this server");
        }
    }

    /** Free text searched for (a name, a service): no markup or control characters, at most {@code max} characters. */
    public static Optional<String> text(String name, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(InputCheck.text(name, raw, Math.min(max, MAX_LENGTH), false));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, e.getMessage());
        }
    }

    /** {@code _count} (default {@value #DEFAULT_COUNT}, at most {@value #MAX_COUNT}) and {@code _offset} (from 0). */
    public static Paging paging(String count, String offset) {
        int c = whole("_count", count, DEFAULT_COUNT, 1, MAX_COUNT);
        int o = whole("_offset", offset, 0, 0, 1_000_000);
        return new Paging(c, o - o % c);
    }

    private static int whole(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(plain(name, raw).strip());
            if (value < min || value > max) {
                throw new InvalidInputException(name, "Must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "Must be a whole number between " + min + " and " + max);
        }
    }

    /** The id in a read URL: anything that is not one of our ids is simply not found, like another trust's record. */
    public static UUID id(String type, String raw) {
        return Ids.of(type, raw);
    }

    /** Refuses values no parameter may carry: control characters, and anything longer than {@value #MAX_LENGTH}. */
    public static String plain(String name, String raw) {
        if (raw == null) {
            throw new InvalidInputException(name, "A value is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidInputException(name, "At most " + MAX_LENGTH + " characters (this has " + raw.length() + ")");
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(name, "Must not contain control characters");
        }
        if (raw.isEmpty()) {
            throw new InvalidInputException(name, "A value is required");
        }
        return raw;
    }

    /** Names the single allowed values of a parameter, e.g. status=free. */
    public static void only(String name, String raw, Collection<String> allowed) {
        if (raw != null && !allowed.contains(plain(name, raw))) {
            throw new InvalidInputException(name, "Only " + name + "=" + String.join(" or " + name + "=", allowed) + " can be searched");
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
