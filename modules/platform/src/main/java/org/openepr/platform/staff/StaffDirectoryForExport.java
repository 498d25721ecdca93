package org.openepr.platform.staff;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust's staff directory in pages by user id, for its export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class StaffDirectoryForExport {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    public List<StaffMember> after(String userId, int size) {
        return em.createQuery("select s from StaffMember s where s.userId > :after order by s.userId", StaffMember.class)
                .setParameter("after", userId == null ? "" : userId).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
    }
}
