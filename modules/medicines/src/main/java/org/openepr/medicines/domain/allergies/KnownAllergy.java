package org.openepr.medicines.domain.allergies;

import java.util.UUID;
import org.openepr.medicines.domain.knowledge.SubstanceId;

/** What screening needs of a recorded allergy: to a substance, or to a whole allergy group (e.g. penicillins). */
public record KnownAllergy(UUID id, SubstanceId substance, String allergyGroup, String description, ReactionType type, String reaction) {

    public KnownAllergy {
        if ((substance == null) == (allergyGroup == null)) {
            throw new IllegalArgumentException("An allergy is to a substance or to a group, not both or neither");
        }
    }
}
