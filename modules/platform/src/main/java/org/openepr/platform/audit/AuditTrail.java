package org.openepr.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.persistence.TrustBound;
import org.openepr.platform.trust.TrustContext;

/**
 * Writes audit lines inside the caller's transaction, so an action and its audit line are saved
 * together or not at all; and reads them back for the trust's own admins.
 */
@ApplicationScoped
@TrustBound
public class AuditTrail {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action, UUID patientId, String detail) {
        em.persist(new AuditEvent(trustContext.caller(), action, patientId, detail, clock.instant()));
    }

    @Transactional
    public List<AuditEvent> forPatient(UUID patientId) {
        return em.createQuery("select a from AuditEvent a where a.patientId = :p order by a.at desc", AuditEvent.class)
                .setParameter("p", patientId).setMaxResults(500).getResultList();
    }

    @Transactional
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select a from AuditEvent a order by a.at desc", AuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
