package org.openepr.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.TrustBound;
import org.openepr.platform.persistence.Uuids;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * The one audit API of every module: writes a line inside the caller's transaction, so an action and its audit
 * line are saved together or not at all. Reads of a patient record, changes, configuration and the hosting
 * operator's actions all come through here.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int DETAIL_MAX = 2000;
    private static final String INSERT = "insert into audit_event (trust, id, at, actor, actor_name, patient_id, action, resource_type,"
            + " resource_id, detail, from_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
    // Written with one prepared statement on the transaction's own connection, not through the persistence context:
    // every read writes a line, and this is the cheapest way that keeps it in the same transaction. The trust column
    // comes from the trust context and row-level security checks it against the trust bound to the transaction.
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedAction action, Object resourceId, UUID patientId, String detail) {
        OdsCode trust = trustContext.requireTrust();
        Caller caller = trustContext.caller();
        Instant at = clock.instant();
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            insert.setString(1, trust.value());
            insert.setObject(2, Uuids.timeOrdered(at.toEpochMilli()));
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setString(4, caller.userId());
            insert.setString(5, caller.displayName());
            insert.setObject(6, patientId, Types.OTHER);
            insert.setString(7, action.name());
            insert.setString(8, action.resourceType());
            insert.setString(9, resourceId == null ? null : resourceId.toString());
            insert.setString(10, detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…");
            insert.setString(11, caller.fromAddress());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("The audit line could not be written, so the action was not done", e);
        }
    }

    /**
     * A line of another system's trail, loaded with its trust's records by a whole-trust import: who, when and from
     * where as that trail says, in the current trust, under a new id (the records it names have new ids too).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordImported(Instant at, String actor, String actorName, String fromAddress, String action,
            String resourceType, String resourceId, UUID patientId, String detail) {
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            insert.setString(1, trustContext.requireTrust().value());
            insert.setObject(2, Uuids.timeOrdered(at.toEpochMilli()));
            insert.setTimestamp(3, Timestamp.from(at));
            insert.setString(4, actor);
            insert.setString(5, actorName);
            insert.setObject(6, patientId, Types.OTHER);
            insert.setString(7, action);
            insert.setString(8, resourceType);
            insert.setString(9, resourceId);
            insert.setString(10, detail);
            insert.setString(11, fromAddress);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("An imported audit line could not be written", e);
        }
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

    /** The operator's actions on one trust (onboarded, suspended...), newest first: what its admin is shown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OperatorAuditEvent> operatorActionsOn(OdsCode trust, int max) {
        return em.createQuery("select a from OperatorAuditEvent a where a.subjectTrust = :t order by a.at desc", OperatorAuditEvent.class)
                .setParameter("t", trust.value()).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<OperatorAuditEvent> latestOperatorActions(int max) {
        return em.createQuery("select a from OperatorAuditEvent a order by a.at desc", OperatorAuditEvent.class)
                .setMaxResults(max).getResultList();
    }
}
