package org.openepr.caserecord.domain.observations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Weight (kg) over height (m) squared, to one decimal: derived from the record, never typed. */
public final class BodyMassIndex {

    private BodyMassIndex() {
    }

    public static BigDecimal of(BigDecimal weightKg, BigDecimal heightCm) {
        BigDecimal metres = heightCm.movePointLeft(2);
        return weightKg.divide(metres.multiply(metres), MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }
}
