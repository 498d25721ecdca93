package org.openepr.medicines.domain.knowledge;

import java.util.List;

/** Substances a patient allergic to one of them may react to (penicillins, NSAIDs...), with the cross-sensitivity note. */
public record AllergyGroup(String code, String name, List<Party> members, String note) {

    public boolean contains(Substance s) {
        return members.stream().anyMatch(m -> m.covers(s));
    }
}
