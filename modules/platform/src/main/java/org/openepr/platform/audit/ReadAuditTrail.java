package org.openepr.platform.audit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust admin reads their own trust's audit trail: who saw or changed what, when and from where. */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class ReadAuditTrail {

    public static final int MAX_LINES = 500;

    @Inject
    AuditTrail audit;

    @Inject
    org.openepr.platform.trust.TrustContext trustContext;

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    public List<AuditEvent> latest(int max) {
        return audit.latest(Math.min(max, MAX_LINES));
    }

    /** What the hosting operator did to this trust (onboarded it, suspended or reinstated it), newest first. */
    public List<OperatorAuditEvent> operatorActions(int max) {
        return audit.operatorActionsOn(trustContext.requireTrust(), Math.min(max, MAX_LINES));
    }

    /** Everything recorded about one record (a clinic, an appointment...), newest first. */
    public List<AuditEvent> about(Object resourceId) {
        return em.createQuery("select a from AuditEvent a where a.resourceId = :r order by a.at desc", AuditEvent.class)
                .setParameter("r", resourceId.toString()).setMaxResults(MAX_LINES).getResultList();
    }

    /** Everything recorded about one patient's record, newest first. */
    public List<AuditEvent> forPatient(UUID patientId) {
        return em.createQuery("select a from AuditEvent a where a.patientId = :p order by a.at desc", AuditEvent.class)
                .setParameter("p", patientId).setMaxResults(MAX_LINES).getResultList();
    }
}
