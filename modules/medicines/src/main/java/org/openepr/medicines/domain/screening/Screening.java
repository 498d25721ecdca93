package org.openepr.medicines.domain.screening;

import java.util.List;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Substance;

/**
 * Clinical screening of one order, in process and without a network: allergies, interactions, maximum dose,
 * duplicate therapy, formulary. With no knowledge base, an empty one, or one older than the trust allows, nothing is
 * checked and the result says so; never a silent pass.
 */
public final class Screening {

    private static final List<ScreeningRule> RULES = List.of(new AllergyCheck(), new InteractionCheck(), new DoseCheck(),
            new DuplicateCheck(), new FormularyCheck());

    private Screening() {
    }

    public static ScreeningResult screen(Optional<KnowledgeBase> knowledgeBase, ScreeningPolicy policy, ScreeningRequest request) {
        if (knowledgeBase.isEmpty()) {
            return ScreeningResult.notChecked("no medicines knowledge base is loaded", Optional.empty());
        }
        KnowledgeBase kb = knowledgeBase.get();
        if (kb.isEmpty()) {
            return ScreeningResult.notChecked("the medicines knowledge base " + kb.version().describe() + " is empty", Optional.of(kb.version()));
        }
        if (kb.version().issued().plusDays(policy.maxKnowledgeBaseAgeDays()).isBefore(request.today())) {
            return ScreeningResult.notChecked("the medicines knowledge base " + kb.version().describe() + " of "
                    + org.openepr.platform.time.UkDates.date(kb.version().issued()) + " is older than the trust allows ("
                    + policy.maxKnowledgeBaseAgeDays() + " days)", Optional.of(kb.version()));
        }
        Substance substance = kb.product(request.product().id()).map(kb::substanceOf).orElse(null);
        if (substance == null) {
            return ScreeningResult.notChecked(request.product().name() + " is not in the medicines knowledge base "
                    + kb.version().describe(), Optional.of(kb.version()));
        }
        Findings findings = new Findings();
        RULES.forEach(rule -> rule.check(kb, substance, request, policy, findings));
        return new ScreeningResult(true, Optional.of(kb.version()), findings.found, findings.notChecked);
    }
}
