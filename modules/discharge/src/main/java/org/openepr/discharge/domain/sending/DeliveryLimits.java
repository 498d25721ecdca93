package org.openepr.discharge.domain.sending;

import java.time.Duration;
import org.openepr.platform.errors.InputCheck;

/**
 * The trust's time limits for tracking, kept as trust settings of the discharge module: a summary unsigned for longer
 * than {@code unsignedHours} after the discharge (the signing rules' maximum hours to signature: one limit, set with who
 * may sign), or not accepted by the practice {@code unacknowledgedHours} after it was signed, is overdue and shown on
 * the dashboard with who is responsible.
 */
public record DeliveryLimits(int unsignedHours, int unacknowledgedHours) {

    public static final String UNACKNOWLEDGED_HOURS = "unacknowledgedHours";
    public static final DeliveryLimits DEFAULTS = new DeliveryLimits(24, 48);
    static final int MAX_HOURS = 24 * 28;

    /** These limits with the unacknowledged one as typed, checked and named when wrong. */
    public DeliveryLimits withUnacknowledged(String unacknowledged) {
        InputCheck check = new InputCheck();
        int a = hours(check, UNACKNOWLEDGED_HOURS, unacknowledged);
        check.throwIfAny();
        return new DeliveryLimits(unsignedHours, a);
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
