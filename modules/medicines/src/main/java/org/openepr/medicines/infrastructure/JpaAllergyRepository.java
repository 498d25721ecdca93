package org.openepr.medicines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyRepository;
import org.openepr.platform.persistence.ReadOnlyQueries;

@ApplicationScoped
public class JpaAllergyRepository implements AllergyRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public List<AllergyEntry> forPatient(UUID patientId) {
        return readOnly.forThisUseCase(em.createQuery("select a from AllergyEntry a where a.patientId = :p order by a.recordedAt desc, a.id",
                AllergyEntry.class)).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<AllergyEntry> active(UUID patientId, int most) {
        return readOnly.forThisUseCase(em.createQuery("select a from AllergyEntry a where a.patientId = :p and a.endedAt is null "
                + "order by a.recordedAt desc, a.id", AllergyEntry.class)).setParameter("p", patientId).setMaxResults(most).getResultList();
    }

    @Override
    public Optional<AllergyEntry> find(UUID id) {
        return em.createQuery("select a from AllergyEntry a where a.id = :id", AllergyEntry.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public void add(AllergyEntry entry) {
        em.persist(entry);
    }
}
