package org.openepr.medicines.domain.knowledge;

import java.math.BigDecimal;

/** The usual adult maximum of a product: an amount per period (1 day for most; 7 or 28 days for a depot). */
public record DoseCeiling(BigDecimal amount, String unit, int periodDays) {

    public DoseCeiling {
        if (amount == null || amount.signum() <= 0 || unit == null || unit.isBlank() || periodDays < 1) {
            throw new IllegalArgumentException("A dose ceiling needs a positive amount, a unit and a period of at least a day");
        }
    }

    public String describe() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit + (periodDays == 1 ? " a day" : " every " + periodDays + " days");
    }
}
