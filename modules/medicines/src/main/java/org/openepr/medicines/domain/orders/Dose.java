package org.openepr.medicines.domain.orders;

import java.math.BigDecimal;

/** An amount of a medicine in the unit its product is prescribed in (mg, microgram, unit, mL...). */
public record Dose(BigDecimal amount, String unit) {

    /** Far above any real dose in any unit: a number this size is a typing slip, not a prescription. */
    static final BigDecimal IMPLAUSIBLE = new BigDecimal("100000");

    public Dose {
        if (amount == null) {
            throw new IllegalArgumentException("Dose is required");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Dose must be more than 0");
        }
        if (amount.compareTo(IMPLAUSIBLE) > 0) {
            throw new IllegalArgumentException("Dose of " + amount.toPlainString() + " is not a possible dose: check the amount and unit");
        }
        if (amount.scale() > 3) {
            throw new IllegalArgumentException("Dose can have at most three decimal places");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Dose unit is required");
        }
    }

    public static Dose parse(String amountText, String unit) {
        if (amountText == null || amountText.isBlank()) {
            throw new IllegalArgumentException("Dose is required");
        }
        try {
            return new Dose(new BigDecimal(amountText.strip()), unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Dose must be a number, e.g. 50 or 2.5");
        }
    }

    public Dose times(BigDecimal factor) {
        return new Dose(amount.multiply(factor), unit);
    }

    public String describe() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
