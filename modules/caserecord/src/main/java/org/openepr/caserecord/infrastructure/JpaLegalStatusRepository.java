package org.openepr.caserecord.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatusRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaLegalStatusRepository implements LegalStatusRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<LegalStatus> current(UUID patientId) {
        return readOnly.forThisUseCase(em.createQuery("select s from LegalStatus s where s.patientId = :p and s.endedAt is null", LegalStatus.class))
                .setParameter("p", patientId).getResultStream().findFirst();
    }

    @Override
    public List<LegalStatus> history(UUID patientId, int limit) {
        return readOnly.forThisUseCase(em.createQuery("select s from LegalStatus s where s.patientId = :p order by s.startedAt desc, s.id", LegalStatus.class))
                .setParameter("p", patientId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<LegalStatus> find(UUID id) {
        return em.createQuery("select s from LegalStatus s where s.id = :id", LegalStatus.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void add(LegalStatus status) {
        em.persist(status);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
