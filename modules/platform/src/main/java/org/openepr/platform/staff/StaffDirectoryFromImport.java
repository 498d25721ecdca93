package org.openepr.platform.staff;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The source trust's staff directory, loaded by a whole-trust import (the background worker only), so the records
 * carried with it keep naming their authors. A person already here keeps the name and roles of their later sign-in.
 * Nobody gets an account or access from this: the directory only names people; accounts and roles are the sign-in
 * server's, read from the token at each sign-in.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class StaffDirectoryFromImport {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    /** True if the export's entry is taken (new here, or signed in there later than here). */
    public boolean member(String userId, String name, Collection<String> roles, Instant lastSignedIn) {
        StaffMember here = em.find(StaffMember.class, userId);
        if (here == null) {
            StaffMember member = new StaffMember(userId);
            member.signedIn(name, roles, lastSignedIn);
            em.persist(member);
            return true;
        }
        return here.signedInElsewhereLater(name, roles, lastSignedIn);
    }
}
