package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Substance;

/** One check of an order against the knowledge base and the patient; says what it could not check rather than pass. */
interface ScreeningRule {

    void check(KnowledgeBase kb, Substance substance, ScreeningRequest request, ScreeningPolicy policy, Findings findings);
}
