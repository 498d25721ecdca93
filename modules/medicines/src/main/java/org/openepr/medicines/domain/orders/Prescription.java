package org.openepr.medicines.domain.orders;

import java.time.LocalDate;
import java.util.Objects;
import org.openepr.medicines.domain.knowledge.ProductId;

/**
 * What a prescriber ordered, as one version of a medication order: product (and so substance, form and route), dose,
 * frequency (with a maximum in 24 hours when as required), start and optional end, indication and notes.
 */
public record Prescription(ProductId product, String routeCode, Dose dose, Frequency frequency, Integer maxDosesPer24Hours,
                           LocalDate start, LocalDate end, String indication, String notes) {

    public Prescription {
        Objects.requireNonNull(product);
        Objects.requireNonNull(routeCode);
        Objects.requireNonNull(dose);
        Objects.requireNonNull(frequency);
        Objects.requireNonNull(start);
        if ((frequency == Frequency.AS_REQUIRED) != (maxDosesPer24Hours != null)) {
            throw new IllegalArgumentException("A maximum in 24 hours goes with, and only with, an as-required order");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("End date cannot be before the start date");
        }
    }

    public boolean asRequired() {
        return frequency == Frequency.AS_REQUIRED;
    }

    /**
     * Whether the change is one a pharmacist must see again: medicine (and so form), dose, route or frequency. Dates,
     * indication and notes alone do not send a verified order back.
     */
    public boolean clinicallyDiffersFrom(Prescription other) {
        return !product.equals(other.product) || !routeCode.equals(other.routeCode) || dose.amount().compareTo(other.dose.amount()) != 0
                || !dose.unit().equals(other.dose.unit()) || frequency != other.frequency
                || !Objects.equals(maxDosesPer24Hours, other.maxDosesPer24Hours);
    }

    /** Current on a day: started, not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    public String doseAndFrequency() {
        return dose.describe() + " " + frequency.label().toLowerCase()
                + (asRequired() ? " (at most " + maxDosesPer24Hours + " doses in 24 hours)" : "");
    }
}
