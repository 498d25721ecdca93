package org.openepr.medicines.domain.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openepr.platform.text.Labelled;

/**
 * How often a dose is given, as prescribers write it. {@link #AS_REQUIRED} has no regular count: the order carries a
 * maximum number of doses in 24 hours instead, and that maximum is what the dose ceiling is checked against.
 */
public enum Frequency implements Labelled {
    ONCE_DAILY("Once a day", 1, 1),
    IN_THE_MORNING("Every morning", 1, 1),
    AT_NIGHT("At night", 1, 1),
    TWICE_DAILY("Twice a day", 2, 1),
    THREE_TIMES_DAILY("Three times a day", 3, 1),
    FOUR_TIMES_DAILY("Four times a day", 4, 1),
    EVERY_OTHER_DAY("Every other day", 1, 2),
    WEEKLY("Once a week", 1, 7),
    EVERY_TWO_WEEKS("Every 2 weeks", 1, 14),
    EVERY_FOUR_WEEKS("Every 4 weeks", 1, 28),
    AS_REQUIRED("When required", 0, 1);

    private final String label;
    private final int doses;
    private final int days;

    Frequency(String label, int doses, int days) {
        this.label = label;
        this.doses = doses;
        this.days = days;
    }

    @Override
    public String label() {
        return label;
    }

    /** Regular administrations in a period of the given days (fractions for less than once a period). */
    public BigDecimal administrationsIn(int periodDays) {
        return BigDecimal.valueOf((long) doses * periodDays).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }

    public static Frequency parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Frequency is required");
        }
        for (Frequency f : values()) {
            if (f.name().equalsIgnoreCase(text.strip()) || f.label.equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Frequency must be one of the listed ones, e.g. Twice a day");
    }
}
