package org.openepr.medicines.domain.screening;

import java.util.UUID;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.orders.Prescription;

/** Another of the patient's current orders, as screening sees it. */
public record CurrentMedicine(UUID orderId, Product product, Prescription prescription) {
}
