package org.openepr.discharge.domain.sending;

import java.time.Duration;
import org.openepr.platform.errors.InputCheck;

/**
 * The trust's time limits for tracking, kept as trust settings of the discharge module: a summary unsigned for longer
 * than {@code unsignedHours} after it was drafted, or not accepted by the practice {@code unacknowledgedHours} after it
 * was signed, is overdue and shown on the dashboard with who is responsible.
 */
public record DeliveryLimits(int unsignedHours, int unacknowledgedHours) {

    public static final String UNSIGNED_HOURS = "unsignedHours";
    public static final String UNACKNOWLEDGED_HOURS = "unacknowledgedHours";
    public static final DeliveryLimits DEFAULTS = new DeliveryLimits(24, 48);
    static final int MAX_HOURS = 24 * 28;

    /** Typed limits, both checked at once, each named when wrong. */
    public static DeliveryLimits parse(String unsigned, String unacknowledged) {
        InputCheck check = new InputCheck();
        int u = hours(check, UNSIGNED_HOURS, unsigned);
        int a = hours(check, UNACKNOWLEDGED_HOURS, unacknowledged);
        check.throwIfAny();
        return new DeliveryLimits(u, a);
    }

    public Duration unsigned() {
        return Duration.ofHours(unsignedHours);
    }

    public Duration unacknowledged() {
        return Duration.ofHours(unacknowledgedHours);
    }

    private static int hours(InputCheck check, String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_HOURS) {
            check.problem(field, "Enter a whole number of hours from 1 to " + MAX_HOURS);
            return 0;
        }
        return Integer.parseInt(text);
    }
}
