package org.openepr.platform.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A staff member's name and role for a message written inside a use case ("This record was changed by Amira Khan
 * (Clinician)"): the current trust's directory entry, or the user id where the person has not signed in here yet.
 * Only within a use case, where the trust is bound to the persistence context.
 */
@ApplicationScoped
public class StaffNames {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    public String of(String userId) {
        if (userId == null) {
            return "someone";
        }
        StaffMember member = em.find(StaffMember.class, userId);
        return member == null ? userId : member.nameAndRole();
    }
}
