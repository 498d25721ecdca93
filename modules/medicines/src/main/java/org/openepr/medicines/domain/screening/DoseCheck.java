package org.openepr.medicines.domain.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.DoseCeiling;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.knowledge.Substance;
import org.openepr.medicines.domain.orders.Prescription;

/**
 * The most the patient could get in the ceiling's period (a day, or 7 or 28 days for a depot), counting the other
 * current orders of the same substance and unit, against the usual adult maximum or the trust's local one. Above the
 * maximum is serious; above the block margin (120%) is contraindicated; for a narrow-therapeutic-index drug any excess is.
 */
final class DoseCheck implements ScreeningRule {

    @Override
    public void check(KnowledgeBase kb, Substance ordered, ScreeningRequest request, ScreeningPolicy policy, Findings findings) {
        Optional<DoseCeiling> known = request.product().ceiling();
        String product = request.product().name();
        if (known.isEmpty()) {
            findings.couldNotCheck("Maximum dose: none is set for " + product + " (dosed individually)");
            return;
        }
        DoseCeiling ceiling = request.formulary().localMaximum()
                .map(local -> new DoseCeiling(local, known.get().unit(), known.get().periodDays())).orElse(known.get());
        if (!ceiling.unit().equals(request.prescription().dose().unit())) {
            findings.couldNotCheck("Maximum dose: the maximum is in " + ceiling.unit() + ", the dose in " + request.prescription().dose().unit());
            return;
        }
        BigDecimal total = mostIn(request.prescription(), ceiling.periodDays());
        int others = 0;
        for (CurrentMedicine other : request.otherMedicines()) {
            if (ordered.id().equals(other.product().substance()) && ceiling.unit().equals(other.prescription().dose().unit())) {
                total = total.add(mostIn(other.prescription(), ceiling.periodDays()));
                others++;
            }
        }
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(ceiling.amount(), 0, RoundingMode.HALF_UP);
        if (percent.intValue() <= policy.warnAbovePercent() && total.compareTo(ceiling.amount()) <= 0) {
            return;
        }
        boolean block = ordered.narrowTherapeuticIndex() || percent.intValue() > policy.blockAbovePercent();
        String amount = total.stripTrailingZeros().toPlainString() + " " + ceiling.unit();
        findings.add(new Finding(FindingKind.DOSE, block ? Severity.CONTRAINDICATED : Severity.SERIOUS,
                "Up to " + amount + (ceiling.periodDays() == 1 ? " a day" : " in " + ceiling.periodDays() + " days") + " is " + percent
                        + "% of the maximum for " + ordered.name() + (ordered.narrowTherapeuticIndex() ? " (narrow therapeutic index)" : ""),
                "Maximum " + ceiling.describe() + (request.formulary().localMaximum().isPresent() ? " (trust's local maximum)" : "")
                        + (others > 0 ? "; counts " + others + " other current order(s) of " + ordered.name() : ""),
                "Reduce the dose or frequency, or record why a higher dose is needed", null));
    }

    /** Regular doses in the period, or for an as-required order the most allowed in 24 hours every day of it. */
    static BigDecimal mostIn(Prescription p, int periodDays) {
        BigDecimal administrations = p.asRequired()
                ? BigDecimal.valueOf((long) p.maxDosesPer24Hours() * periodDays)
                : p.frequency().administrationsIn(periodDays);
        return p.dose().amount().multiply(administrations);
    }
}
