package org.openepr.medicines.domain.orders;

import java.time.LocalDate;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.time.UkDates;

/**
 * A prescription as typed (screen) or sent (API), all text, checked against the knowledge base in one pass so every
 * bad field is named at once and nothing is saved.
 */
public record PrescriptionForm(String medicine, String route, String dose, String frequency, String maxDosesPer24Hours, String start,
                               String end, String indication, String notes) {

    static final int MAX_PRN_DOSES = 24;

    public Prescription check(KnowledgeBase kb, LocalDate today) {
        InputCheck check = new InputCheck();
        Product product = check.field("medicine", () -> product(kb));
        if (product != null && route != null && !route.isBlank() && !route.strip().equals(product.route().snomedCode())) {
            check.problem("route", "Route: " + product.name() + " is given " + product.route().name() + " only");
        }
        Dose amount = check.field("dose", () -> Dose.parse(dose, product == null ? "unit" : product.doseUnit()));
        Frequency often = check.field("frequency", () -> Frequency.parse(frequency));
        Integer prnMax = often == null ? null : check.field("maxDosesPer24Hours", () -> prnMaximum(often));
        LocalDate from = check.field("start", () -> date("Start date", start, true));
        LocalDate to = check.field("end", () -> date("End date", end, false));
        if (from != null && from.isBefore(today.minusDays(7))) {
            check.problem("start", "Start date cannot be more than a week in the past");
        }
        if (from != null && to != null && to.isBefore(from)) {
            check.problem("end", "End date cannot be before the start date");
        }
        String why = check.field("indication", () -> InputCheck.text("Indication", indication, 200, true));
        String note = check.field("notes", () -> InputCheck.text("Notes", notes, 1000, false));
        check.throwIfAny();
        return new Prescription(product.id(), product.route().snomedCode(), amount, often, prnMax, from, to, why, note);
    }

    private Product product(KnowledgeBase kb) {
        if (medicine == null || medicine.isBlank()) {
            throw new IllegalArgumentException("Medicine is required");
        }
        String id = medicine.strip();
        return (ProductId.isWellFormed(id) ? kb.product(new ProductId(id)) : java.util.Optional.<Product>empty())
                .orElseThrow(() -> new IllegalArgumentException("Medicine is not in the medicines dictionary: choose one from the list"));
    }

    private Integer prnMaximum(Frequency often) {
        boolean given = maxDosesPer24Hours != null && !maxDosesPer24Hours.isBlank();
        if (often != Frequency.AS_REQUIRED) {
            if (given) {
                throw new IllegalArgumentException("A maximum in 24 hours is only for an as-required order");
            }
            return null;
        }
        if (!given) {
            throw new IllegalArgumentException("An as-required order needs the most doses allowed in 24 hours");
        }
        try {
            int n = Integer.parseInt(maxDosesPer24Hours.strip());
            if (n < 1 || n > MAX_PRN_DOSES) {
                throw new IllegalArgumentException("Maximum doses in 24 hours must be between 1 and " + MAX_PRN_DOSES);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Maximum doses in 24 hours must be a whole number");
        }
    }

    private static LocalDate date(String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(label + " is required");
            }
            return null;
        }
        return UkDates.parseTyped(text).orElseThrow(() -> new IllegalArgumentException(label + " must be a date written DD/MM/YYYY"));
    }

    /** The form a screen shows for editing an existing prescription. */
    public static PrescriptionForm of(Prescription p) {
        return new PrescriptionForm(p.product().value(), p.routeCode(), p.dose().amount().stripTrailingZeros().toPlainString(),
                p.frequency().name(), p.maxDosesPer24Hours() == null ? null : String.valueOf(p.maxDosesPer24Hours()),
                UkDates.typed(p.start()), p.end() == null ? null : UkDates.typed(p.end()), p.indication(), p.notes());
    }
}
