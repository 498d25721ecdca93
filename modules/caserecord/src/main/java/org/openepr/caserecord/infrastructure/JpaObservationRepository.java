package org.openepr.caserecord.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.platform.persistence.ReadOnlyQueries;

/** Observations in JPA; every query walks the (trust, patient_id, kind, taken_at) index and is bounded. */
@ApplicationScoped
public class JpaObservationRepository implements ObservationRepository {

    private static final String CURRENT = " and o.enteredInErrorAt is null";

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public void add(Observation observation) {
        em.persist(observation);
    }

    @Override
    public Optional<Observation> find(UUID id) {
        return em.createQuery("select o from Observation o where o.id = :id", Observation.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Observation> latestOfEach(UUID patientId) {
        // one top-1 probe of the (trust, patient, kind, taken) index per sign: a correlated max() over the whole record
        // cost 18 ms on a 1,000-reading record against well under 1 ms for these, whatever its length
        List<Observation> latest = new ArrayList<>();
        for (VitalSign kind : VitalSign.values()) {
            readOnly.forThisUseCase(latestQuery(patientId, kind)).getResultStream().findFirst().ifPresent(latest::add);
        }
        return latest;
    }

    @Override
    public Optional<Observation> latest(UUID patientId, VitalSign kind) {
        return latestQuery(patientId, kind).getResultStream().findFirst();
    }

    private TypedQuery<Observation> latestQuery(UUID patientId, VitalSign kind) {
        return em.createQuery("select o from Observation o where o.patientId = :p and o.kind = :k" + CURRENT
                        + " order by o.takenAt desc, o.recordedAt desc", Observation.class)
                .setParameter("p", patientId).setParameter("k", kind).setMaxResults(1);
    }

    @Override
    public List<Observation> taken(UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to, boolean withEnteredInError,
                                   int offset, int max) {
        TypedQuery<Observation> q = em.createQuery("select o from Observation o" + where(from, to, withEnteredInError)
                + " order by o.takenAt desc, o.kind, o.id", Observation.class);
        bind(q, patientId, kinds, from, to);
        return readOnly.forThisUseCase(q).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    @Override
    public long count(UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to, boolean withEnteredInError) {
        TypedQuery<Long> q = em.createQuery("select count(o) from Observation o" + where(from, to, withEnteredInError), Long.class);
        bind(q, patientId, kinds, from, to);
        return q.getSingleResult();
    }

    @Override
    public List<Observation> derivedFrom(Observation o) {
        return em.createQuery("select b from Observation b where b.patientId = :p and b.kind = :bmi"
                        + " and (b.derivedFromWeight = :id or b.derivedFromHeight = :id)", Observation.class)
                .setParameter("p", o.patientId()).setParameter("bmi", VitalSign.BODY_MASS_INDEX).setParameter("id", o.id())
                .setMaxResults(1000).getResultList();
    }

    private static String where(Instant from, Instant to, boolean withEnteredInError) {
        return " where o.patientId = :p and o.kind in :kinds" + (from == null ? "" : " and o.takenAt >= :from")
                + (to == null ? "" : " and o.takenAt < :to") + (withEnteredInError ? "" : CURRENT);
    }

    private static void bind(TypedQuery<?> q, UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to) {
        q.setParameter("p", patientId).setParameter("kinds", List.copyOf(kinds));
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
    }
}
