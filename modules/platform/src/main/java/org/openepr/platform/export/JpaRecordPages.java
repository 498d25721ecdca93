package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** {@link RecordPages} in JPQL: {@code where e.id > :after order by e.id}, on the primary key's index. */
@ApplicationScoped
public class JpaRecordPages implements RecordPages {

    private static final UUID FIRST = new UUID(0, 0);

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public <T> List<T> after(Class<T> entity, String afterKey, int size) {
        return after(entity, null, afterKey, size);
    }

    @Override
    public <T> List<T> after(Class<T> entity, String where, String afterKey, int size) {
        UUID after = afterKey == null ? FIRST : UUID.fromString(afterKey);
        String jpql = "select e from " + name(entity) + " e where e.id > :after" + (where == null ? "" : " and (" + where + ")")
                + " order by e.id";
        return em.createQuery(jpql, entity).setParameter("after", after).setMaxResults(size).getResultList();
    }

    @Override
    public long count(Class<?> entity) {
        return count(entity, null);
    }

    @Override
    public long count(Class<?> entity, String where) {
        return em.createQuery("select count(e) from " + name(entity) + " e" + (where == null ? "" : " where " + where), Long.class)
                .getSingleResult();
    }

    private String name(Class<?> entity) {
        return em.getMetamodel().entity(entity).getName();
    }
}
