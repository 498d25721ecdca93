package org.openepr.medicines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;

@ApplicationScoped
public class JpaFormulary implements Formulary {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public List<FormularyEntry> entries() {
        return em.createQuery("select f from FormularyEntry f where f.withdrawn = false order by f.productId", FormularyEntry.class).getResultList();
    }

    @Override
    public Optional<FormularyEntry> entry(String productId) {
        return em.createQuery("select f from FormularyEntry f where f.productId = :p", FormularyEntry.class).setParameter("p", productId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(f) from FormularyEntry f where f.withdrawn = false", Long.class).getSingleResult() == 0;
    }

    @Override
    public void add(FormularyEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<FormularyEntry> after(String productId, int size) {
        var query = productId == null
                ? em.createQuery("select f from FormularyEntry f order by f.productId", FormularyEntry.class)
                : em.createQuery("select f from FormularyEntry f where f.productId > :p order by f.productId", FormularyEntry.class)
                        .setParameter("p", productId);
        return query.setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(f) from FormularyEntry f", Long.class).getSingleResult();
    }
}
