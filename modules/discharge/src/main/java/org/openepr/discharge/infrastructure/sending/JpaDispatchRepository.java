package org.openepr.discharge.infrastructure.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.platform.persistence.ReadOnlyQueries;

/**
 * The outbox in JPA. The sender's claim is the one native query: {@code FOR UPDATE SKIP LOCKED}, under the trust bound
 * to the transaction (row-level security filters it like every other query). The dashboard reads through
 * (trust, state, state_since) and the partial index of open dispatches.
 */
@ApplicationScoped
public class JpaDispatchRepository implements DispatchRepository {

    /** Waiting for somebody past the limit: failed, or not accepted in time; handled ones are no longer waiting. */
    private static final String OVERDUE = "d.handledAt is null and (d.state = :failed or (d.state <> :accepted and d.queuedAt < :cut))";

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public void add(Dispatch dispatch) {
        em.persist(dispatch);
    }

    @Override
    public Optional<Dispatch> find(UUID id) {
        return em.createQuery("select d from Dispatch d where d.id = :id", Dispatch.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Dispatch> find(DispatchKey key) {
        return em.createQuery("select d from Dispatch d where d.dispatchKey = :k", Dispatch.class).setParameter("k", key.toString())
                .getResultStream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Dispatch> claimDue(Instant now, int max) {
        List<Object> ids = em.createNativeQuery("select id from summary_dispatch where state = 'QUEUED' and route = 'MESH'"
                        + " and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked")
                // EclipseLink refuses native SQL once entities are multitenant (its filter cannot rewrite it); row-level
                // security filters this one by the trust bound to the transaction, as it does every query
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Timestamp.from(now)).setParameter(2, max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> uuids = ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
        return em.createQuery("select d from Dispatch d where d.id in :ids order by d.nextAttemptAt", Dispatch.class)
                .setParameter("ids", uuids).getResultList();
    }

    @Override
    public List<StateCount> countByState(Instant queuedBefore) {
        List<Object[]> rows = overdueParameters(readOnly.forThisUseCase(em.createQuery("select d.state, count(d), min(d.stateSince),"
                + " sum(case when " + OVERDUE + " then 1 else 0 end) from Dispatch d group by d.state", Object[].class)), queuedBefore)
                .getResultList();
        return rows.stream().map(r -> new StateCount((SummaryState) r[0], ((Number) r[1]).longValue(), instant(r[2]),
                r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<Dispatch> overdue(Instant queuedBefore, int max) {
        return overdueParameters(readOnly.forThisUseCase(em.createQuery("select d from Dispatch d where " + OVERDUE + " order by d.queuedAt",
                Dispatch.class)), queuedBefore).setMaxResults(max).getResultList();
    }

    @Override
    public List<Dispatch> awaitingHandling(int max) {
        return readOnly.forThisUseCase(em.createQuery("select d from Dispatch d where d.handledAt is null and (d.route = :manual"
                        + " or d.state = :failed) order by d.queuedAt", Dispatch.class))
                .setParameter("manual", Route.MANUAL).setParameter("failed", SummaryState.FAILED).setMaxResults(max).getResultList();
    }

    private static <Q extends TypedQuery<?>> Q overdueParameters(Q q, Instant queuedBefore) {
        q.setParameter("failed", SummaryState.FAILED).setParameter("accepted", SummaryState.ACCEPTED).setParameter("cut", queuedBefore);
        return q;
    }

    /** An aggregate over a converted column may come back as the database type. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    @Override
    public List<Dispatch> page(SummaryState state, int offset, int max) {
        TypedQuery<Dispatch> q = em.createQuery("select d from Dispatch d" + (state == null ? "" : " where d.state = :s")
                + " order by d.queuedAt desc, d.id", Dispatch.class);
        if (state != null) {
            q.setParameter("s", state);
        }
        return readOnly.forThisUseCase(q).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    @Override
    public long count(SummaryState state) {
        TypedQuery<Long> q = em.createQuery("select count(d) from Dispatch d" + (state == null ? "" : " where d.state = :s"), Long.class);
        if (state != null) {
            q.setParameter("s", state);
        }
        return q.getSingleResult();
    }
}
