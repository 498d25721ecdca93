package org.openepr.medicines.domain.screening;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a product stands in the trust's formulary: whether the trust keeps one at all, whether the product is on it,
 * any restriction ("specialist initiation only"), and any local maximum that replaces the usual one.
 */
public record FormularyPosition(boolean trustHasFormulary, boolean listed, Optional<String> restriction, Optional<BigDecimal> localMaximum) {

    public static FormularyPosition none() {
        return new FormularyPosition(false, false, Optional.empty(), Optional.empty());
    }
}
