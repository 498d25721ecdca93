package org.openepr.medicines.domain.screening;

import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.allergies.KnownAllergy;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.AllergyGroup;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.knowledge.Substance;

/**
 * The ordered substance against the patient's allergies: the same substance (contraindicated for an allergy, serious
 * for an intolerance), or a substance of the same allergy group, e.g. flucloxacillin after an amoxicillin allergy
 * (serious: cross-sensitivity).
 */
final class AllergyCheck implements ScreeningRule {

    @Override
    public void check(KnowledgeBase kb, Substance ordered, ScreeningRequest request, ScreeningPolicy policy, Findings findings) {
        if (request.allergyStatus() == AllergyStatus.NOT_RECORDED) {
            findings.couldNotCheck("Allergies: none recorded yet (not even \"no known drug allergies\"), so they could not be checked");
            return;
        }
        for (KnownAllergy allergy : request.allergies()) {
            if (ordered.id().equals(allergy.substance())) {
                findings.add(new Finding(FindingKind.ALLERGY, allergy.type() == ReactionType.ALLERGY ? Severity.CONTRAINDICATED : Severity.SERIOUS,
                        allergy.type().label() + " to " + ordered.name(), recorded(allergy), "Do not give unless the record is wrong",
                        allergy.id().toString()));
                continue;
            }
            for (AllergyGroup group : kb.allergyGroups()) {
                if (group.contains(ordered) && reactsToGroup(kb, allergy, group)) {
                    findings.add(new Finding(FindingKind.ALLERGY, Severity.SERIOUS, ordered.name() + " is one of the " + group.name().toLowerCase()
                            + ": the patient has a recorded " + allergy.type().label().toLowerCase() + " to " + allergy.description(),
                            recorded(allergy), group.note(), allergy.id().toString()));
                    break;
                }
            }
        }
    }

    private static boolean reactsToGroup(KnowledgeBase kb, KnownAllergy allergy, AllergyGroup group) {
        if (allergy.allergyGroup() != null) {
            return allergy.allergyGroup().equals(group.code());
        }
        return kb.substance(allergy.substance()).map(group::contains).orElse(false);
    }

    private static String recorded(KnownAllergy allergy) {
        return "Recorded " + allergy.type().label().toLowerCase() + ": " + allergy.description()
                + (allergy.reaction() == null ? "" : " (" + allergy.reaction() + ")");
    }
}
