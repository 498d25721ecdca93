package org.openepr.medicines.domain.knowledge;

import java.math.BigDecimal;
import java.util.Optional;

/** A generic product (VMP): "Sertraline 50mg tablets", its substance, strength, form, route and the unit doses are written in. */
public record Product(ProductId id, SubstanceId substance, String name, BigDecimal strength, String strengthUnit, String form, Route route,
                      String doseUnit, Optional<DoseCeiling> ceiling) {
}
