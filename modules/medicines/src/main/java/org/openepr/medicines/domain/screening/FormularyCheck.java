package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.knowledge.Substance;

/** The product against the trust's formulary: not on it, or on it with a restriction the prescriber must meet. */
final class FormularyCheck implements ScreeningRule {

    @Override
    public void check(KnowledgeBase kb, Substance ordered, ScreeningRequest request, ScreeningPolicy policy, Findings findings) {
        FormularyPosition position = request.formulary();
        if (!position.trustHasFormulary()) {
            findings.couldNotCheck("Formulary: the trust has not set one up");
            return;
        }
        String product = request.product().name();
        if (!position.listed()) {
            findings.add(new Finding(FindingKind.FORMULARY, Severity.MONITOR, product + " is not on the trust's formulary",
                    "Trust formulary", "Prefer a formulary choice, or record why this one is needed", null));
        } else {
            position.restriction().ifPresent(r -> findings.add(new Finding(FindingKind.FORMULARY, Severity.MONITOR,
                    product + " is restricted: " + r, "Trust formulary", "Make sure the restriction is met", null)));
        }
    }
}
