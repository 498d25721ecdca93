package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.knowledge.Interaction;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Substance;

/** The ordered substance against each of the patient's other current medicines, by substance and by class. */
final class InteractionCheck implements ScreeningRule {

    @Override
    public void check(KnowledgeBase kb, Substance ordered, ScreeningRequest request, ScreeningPolicy policy, Findings findings) {
        for (CurrentMedicine other : request.otherMedicines()) {
            Substance otherSubstance = kb.substanceOf(other.product());
            if (otherSubstance == null) {
                findings.couldNotCheck("Interactions with " + other.product().name() + ": not in this knowledge base version");
                continue;
            }
            if (otherSubstance.id().equals(ordered.id())) {
                continue; // the same substance twice is duplicate therapy, not an interaction
            }
            for (Interaction i : kb.interactionsBetween(ordered, otherSubstance)) {
                findings.add(new Finding(FindingKind.INTERACTION, i.severity(), ordered.name() + " with " + otherSubstance.name() + ": " + i.effect(),
                        "Current order: " + other.product().name() + " " + other.prescription().doseAndFrequency(), i.advice(),
                        other.orderId().toString()));
            }
        }
    }
}
