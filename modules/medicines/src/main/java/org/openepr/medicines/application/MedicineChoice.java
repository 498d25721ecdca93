package org.openepr.medicines.application;

import org.openepr.medicines.domain.knowledge.Product;

/** A medicine as a prescriber chooses it: formulary items first, others marked, restrictions shown. */
public record MedicineChoice(String productId, String name, String substance, String route, String doseUnit, boolean onFormulary,
                             String restriction, boolean highRisk) {

    public String label() {
        return name + (onFormulary ? "" : " (non-formulary)") + (restriction == null ? "" : " [" + restriction + "]");
    }

    static MedicineChoice of(Product p, String substance, boolean highRisk, boolean onFormulary, String restriction) {
        return new MedicineChoice(p.id().value(), p.name(), substance, p.route().name(), p.doseUnit(), onFormulary, restriction, highRisk);
    }
}
