package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.knowledge.Substance;

/**
 * The same substance already ordered (serious, unless one of the two is as required: a regular dose with a
 * when-required top-up is a common, deliberate plan, so it is flagged to monitor), or another substance of the same
 * therapeutic class (monitor: two SSRIs, two antipsychotics).
 */
final class DuplicateCheck implements ScreeningRule {

    @Override
    public void check(KnowledgeBase kb, Substance ordered, ScreeningRequest request, ScreeningPolicy policy, Findings findings) {
        for (CurrentMedicine other : request.otherMedicines()) {
            Substance otherSubstance = kb.substanceOf(other.product());
            if (otherSubstance == null) {
                continue; // InteractionCheck already says this one could not be checked
            }
            String evidence = "Current order: " + other.product().name() + " " + other.prescription().doseAndFrequency();
            if (otherSubstance.id().equals(ordered.id())) {
                boolean topUp = request.prescription().asRequired() != other.prescription().asRequired();
                findings.add(new Finding(FindingKind.DUPLICATE, topUp ? Severity.MONITOR : Severity.SERIOUS,
                        ordered.name() + " is already prescribed", evidence,
                        topUp ? "Check the total daily dose of regular and when-required doses together" : "Stop one of the two orders",
                        other.orderId().toString()));
            } else if (otherSubstance.therapeuticClass().equals(ordered.therapeuticClass())) {
                String className = kb.therapeuticClass(ordered.therapeuticClass()).map(c -> c.name()).orElse(ordered.therapeuticClass());
                findings.add(new Finding(FindingKind.DUPLICATE, Severity.MONITOR, "Two medicines of one class (" + className + "): "
                        + ordered.name() + " and " + otherSubstance.name(), evidence, "Make sure both are intended", other.orderId().toString()));
            }
        }
    }
}
