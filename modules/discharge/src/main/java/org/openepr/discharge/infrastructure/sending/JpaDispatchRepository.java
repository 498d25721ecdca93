package org.openepr.discharge.infrastructure.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.platform.persistence.ReadOnlyQueries;

/**
 * The outbox in JPA. The sender's claim is the one native query: {@code FOR UPDATE SKIP LOCKED}, under the trust bound
 * to the transaction (row-level security filters it like every other query). The dashboard reads (trust, state,
 * state_since) only: counts and oldest per state from the index alone, and what is overdue from the states still open
 * (an accepted letter, nine in ten of a trust's history, is never overdue, so its rows are never visited).
 */
@ApplicationScoped
public class JpaDispatchRepository implements DispatchRepository {

    /**
     * Waiting for somebody past the limit: failed, or not accepted in time; handled ones are no longer waiting. Written
     * over the open states (state in ...), not "not accepted", so the index on (trust, state) finds them directly.
     */
    private static final String OVERDUE = "d.state in :open and d.handledAt is null and (d.state = :failed or d.queuedAt < :cut)";
    private static final List<SummaryState> OPEN = List.of(SummaryState.QUEUED, SummaryState.SENT, SummaryState.DELIVERED, SummaryState.FAILED);

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
        List<Object[]> rows = readOnly.forThisUseCase(em.createQuery("select d.state, count(d), min(d.stateSince) from Dispatch d group by d.state",
                Object[].class)).getResultList();
        Map<SummaryState, Long> overdue = new EnumMap<>(SummaryState.class);
        overdueParameters(readOnly.forThisUseCase(em.createQuery("select d.state, count(d) from Dispatch d where " + OVERDUE + " group by d.state",
                Object[].class)), queuedBefore).getResultList().forEach(r -> overdue.put((SummaryState) r[0], ((Number) r[1]).longValue()));
        return rows.stream().map(r -> new StateCount((SummaryState) r[0], ((Number) r[1]).longValue(), instant(r[2]),
                overdue.getOrDefault((SummaryState) r[0], 0L))).toList();
    }

    @Override
    public List<LateLetter> overdue(Instant queuedBefore, int max) {
        // the columns the list shows, not the entity: a letter's document (tens of kilobytes each) is never read for it
        List<Object[]> rows = overdueParameters(readOnly.forThisUseCase(em.createQuery("select d.summaryId, d.summaryVersion, d.patientId, d.state,"
                + " d.stateSince, d.signedBy, d.route, d.reason, d.attempts, d.lastError, d.queuedAt from Dispatch d where " + OVERDUE
                + " order by d.queuedAt", Object[].class)), queuedBefore).setMaxResults(max).getResultList();
        return rows.stream().map(r -> {
            SummaryState state = (SummaryState) r[3];
            String why = Dispatch.explanation(state, (Route) r[6], (String) r[7], ((Number) r[8]).intValue(), (String) r[9]);
            return new LateLetter(new TrackedSummary((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], state, instant(r[4]), (String) r[5], why),
                    instant(r[10]));
        }).toList();
    }

    @Override
    public List<Dispatch> awaitingHandling(int max) {
        return readOnly.forThisUseCase(em.createQuery("select d from Dispatch d where d.handledAt is null and (d.route = :manual"
                        + " or d.state = :failed) order by d.queuedAt", Dispatch.class))
                .setParameter("manual", Route.MANUAL).setParameter("failed", SummaryState.FAILED).setMaxResults(max).getResultList();
    }

    private static <Q extends TypedQuery<?>> Q overdueParameters(Q q, Instant queuedBefore) {
        q.setParameter("open", OPEN).setParameter("failed", SummaryState.FAILED).setParameter("cut", queuedBefore);
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
