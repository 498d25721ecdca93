package org.openepr.caserecord.domain.observations;

import java.math.BigDecimal;

/**
 * The values a measurement can plausibly take in a living patient of any age seen by the trust's services: a value
 * outside is a typing or unit mistake (400 for 40.0, pounds for kilograms), refused before it reaches a chart.
 */
public record PlausibleRange(BigDecimal min, BigDecimal max, String unit) {

    public static PlausibleRange of(String min, String max, String unit) {
        return new PlausibleRange(new BigDecimal(min), new BigDecimal(max), unit);
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** The value, or an IllegalArgumentException naming the measurement and its range. */
    public BigDecimal check(String label, BigDecimal value) {
        if (!contains(value)) {
            throw new IllegalArgumentException(label + " must be between " + describe() + " (" + value.stripTrailingZeros().toPlainString()
                    + " is not plausible: check the figure and the unit)");
        }
        return value;
    }

    public String describe() {
        return min.toPlainString() + " and " + max.toPlainString() + " " + unit;
    }
}
