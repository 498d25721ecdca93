package org.openepr.discharge.infrastructure.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaWardRepository implements WardRepository {

    /** A trust has tens of wards; the bound keeps a runaway list from loading without end. */
    private static final int MOST = 500;

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public List<Ward> all() {
        return readOnly.forThisUseCase(em.createQuery("select w from Ward w order by w.nameKey", Ward.class)).setMaxResults(MOST).getResultList();
    }

    @Override
    public Optional<Ward> find(UUID id) {
        return em.createQuery("select w from Ward w where w.id = :id", Ward.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(Ward ward) {
        em.persist(ward);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
