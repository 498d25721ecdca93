package org.openepr.medicines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseRelease;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseReleases;

@ApplicationScoped
public class JpaKnowledgeBaseReleases implements KnowledgeBaseReleases {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public Optional<KnowledgeBaseRelease> live() {
        return em.createQuery("select r from KnowledgeBaseRelease r where r.live = true", KnowledgeBaseRelease.class).getResultStream().findFirst();
    }

    @Override
    public Optional<KnowledgeBaseRelease> find(String name, String version) {
        return em.createQuery("select r from KnowledgeBaseRelease r where r.name = :n and r.version = :v", KnowledgeBaseRelease.class)
                .setParameter("n", name).setParameter("v", version).getResultStream().findFirst();
    }

    @Override
    public List<KnowledgeBaseRelease> all() {
        return em.createQuery("select r from KnowledgeBaseRelease r order by r.loadedAt desc", KnowledgeBaseRelease.class).getResultList();
    }

    @Override
    public void add(KnowledgeBaseRelease release) {
        em.persist(release);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
