package org.openepr.clinics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.clinics.domain.Referral;
import org.openepr.clinics.domain.ReferralRepository;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Override
    public Optional<Referral> find(UUID id) {
        return em.createQuery("select r from Referral r where r.id = :id", Referral.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Referral> madeBy(UUID bookingId) {
        return em.createQuery("select r from Referral r where r.fromBooking = :b", Referral.class).setParameter("b", bookingId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public List<Referral> firstReferralsOf(UUID patientId, int limit) {
        return em.createQuery("select r from Referral r where r.patientId = :p and r.kind = :k order by r.referralDate, r.id", Referral.class)
                .setParameter("p", patientId).setParameter("k", Referral.Kind.FIRST).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Referral> waiting(String service) {
        var q = em.createQuery("select r from Referral r where r.status = :w" + (service != null ? " and r.service = :s" : "")
                + " order by r.priority, r.referralDate", Referral.class).setParameter("w", Referral.Status.WAITING);
        if (service != null) {
            q.setParameter("s", service);
        }
        return q.setMaxResults(500).getResultList();
    }
}
