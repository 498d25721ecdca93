package org.openepr.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.TrustBound;
import org.openepr.platform.trust.TrustContext;

/**
 * The one audit API of every module: writes a line inside the caller's transaction, so an action and its audit
 * line are saved together or not at all. Reads of a patient record, changes, configuration and the hosting
 * operator's actions all come through here.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    Clock clock;

    /**
     * A line in the current trust's trail.
     *
     * @param resourceId the record acted on (its id), or null for a search or list
     * @param patientId  the patient whose record it is, or null when none is (configuration)
     */
    // No interceptor of its own: it runs inside a use case, whose transaction already carries the trust (an
    // unbound transaction has no tenant property, and EclipseLink refuses to write the line).
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action, Object resourceId, UUID patientId, String detail) {
        em.persist(new AuditEvent(trustContext.caller(), action, resourceId == null ? null : resourceId.toString(), patientId,
                detail, clock.instant()));
    }

    /** A line of the operator's trail, about a trust the operator acted on from outside it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOperatorAction(AuditedAction action, OdsCode subject, String detail) {
        em.persist(new OperatorAuditEvent(trustContext.caller(), action, subject, detail, clock.instant()));
    }

    @TrustBound
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select a from AuditEvent a order by a.at desc", AuditEvent.class).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<OperatorAuditEvent> latestOperatorActions(int max) {
        return em.createQuery("select a from OperatorAuditEvent a order by a.at desc", OperatorAuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
