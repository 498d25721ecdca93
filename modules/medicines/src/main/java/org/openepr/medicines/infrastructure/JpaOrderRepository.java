package org.openepr.medicines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.platform.persistence.ReadOnlyQueries;

/** Orders in PostgreSQL; the trust filter is added by EclipseLink and enforced again by row-level security. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    ReadOnlyQueries readOnly;

    @Override
    public Optional<MedicationOrder> find(UUID id) {
        return readOnly.forThisUseCase(em.createQuery("select o from MedicationOrder o where o.id = :id", MedicationOrder.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<MedicationOrder> findForUpdate(UUID id) {
        return em.createQuery("select o from MedicationOrder o where o.id = :id", MedicationOrder.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<MedicationOrder> findBySubmission(UUID submissionId) {
        return em.createQuery("select o from MedicationOrder o where o.submissionId = :s", MedicationOrder.class).setParameter("s", submissionId)
                .getResultStream().findFirst();
    }

    @Override
    public List<MedicationOrder> forPatient(UUID patientId) {
        return readOnly.forThisUseCase(em.createQuery("select o from MedicationOrder o where o.patientId = :p order by o.awaitingSince desc, o.id",
                MedicationOrder.class)).setParameter("p", patientId).getResultList();
    }

    @Override
    public List<Current> currentForPatient(UUID patientId, int max) {
        List<Object[]> rows = readOnly.forThisUseCase(em.createQuery("select o, v from MedicationOrder o, OrderVersion v"
                        + " where v.orderId = o.id and v.number = o.currentVersion and o.patientId = :p and o.status in :current"
                        + " order by o.awaitingSince desc, o.id", Object[].class))
                .setParameter("p", patientId).setParameter("current", java.util.Arrays.stream(OrderStatus.values()).filter(OrderStatus::isCurrent).toList())
                .setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Current((MedicationOrder) r[0], (OrderVersion) r[1])).toList();
    }

    @Override
    public Optional<OrderVersion> version(UUID orderId, int number) {
        return em.createQuery("select v from OrderVersion v where v.orderId = :o and v.number = :n", OrderVersion.class)
                .setParameter("o", orderId).setParameter("n", number).getResultStream().findFirst();
    }

    @Override
    public List<OrderVersion> versions(UUID orderId) {
        return readOnly.forThisUseCase(em.createQuery("select v from OrderVersion v where v.orderId = :o order by v.number desc", OrderVersion.class))
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public Map<UUID, List<OrderVersion>> versionsOf(List<UUID> orderIds) {
        Map<UUID, List<OrderVersion>> versions = new HashMap<>();
        orderIds.forEach(id -> versions.put(id, new ArrayList<>()));
        for (int from = 0; from < orderIds.size(); from += 1000) {
            readOnly.forThisUseCase(em.createQuery("select v from OrderVersion v where v.orderId in :ids order by v.orderId, v.number desc",
                    OrderVersion.class)).setParameter("ids", orderIds.subList(from, Math.min(orderIds.size(), from + 1000))).getResultList()
                    .forEach(v -> versions.get(v.orderId()).add(v));
        }
        return versions;
    }

    @Override
    public List<OrderVersion> currentVersions(List<MedicationOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        // one query for the page: the versions whose number is their order's current one
        List<OrderVersion> all = readOnly.forThisUseCase(em.createQuery("select v from OrderVersion v where v.orderId in :ids", OrderVersion.class))
                .setParameter("ids", orders.stream().map(MedicationOrder::id).toList()).getResultList();
        var current = new java.util.HashMap<UUID, Integer>();
        orders.forEach(o -> current.put(o.id(), o.currentVersion()));
        return all.stream().filter(v -> current.get(v.orderId()) == v.number()).toList();
    }

    @Override
    public List<OrderQuery> queries(UUID orderId) {
        return em.createQuery("select q from OrderQuery q where q.orderId = :o order by q.askedAt desc", OrderQuery.class)
                .setParameter("o", orderId).getResultList();
    }

    @Override
    public Map<UUID, List<OrderQuery>> queriesOf(List<UUID> orderIds) {
        Map<UUID, List<OrderQuery>> queries = new HashMap<>();
        orderIds.forEach(id -> queries.put(id, new ArrayList<>()));
        for (int from = 0; from < orderIds.size(); from += 1000) {
            readOnly.forThisUseCase(em.createQuery("select q from OrderQuery q where q.orderId in :ids order by q.orderId, q.askedAt, q.id",
                    OrderQuery.class)).setParameter("ids", orderIds.subList(from, Math.min(orderIds.size(), from + 1000))).getResultList()
                    .forEach(q -> queries.get(q.orderId()).add(q));
        }
        return queries;
    }

    @Override
    public List<MedicationOrder> awaitingVerification(Optional<String> service, boolean highRiskOnly, int offset, int limit) {
        return readOnly.forThisUseCase(worklist("select o", service, highRiskOnly, " order by o.awaitingSince, o.id", MedicationOrder.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countAwaitingVerification(Optional<String> service, boolean highRiskOnly) {
        return worklist("select count(o)", service, highRiskOnly, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> worklist(String select, Optional<String> service, boolean highRiskOnly, String order, Class<T> type) {
        String where = " from MedicationOrder o where o.status = :awaiting" + (service.isPresent() ? " and o.service = :service" : "")
                + (highRiskOnly ? " and o.highRisk = true" : "");
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("awaiting", OrderStatus.AWAITING_VERIFICATION);
        service.ifPresent(s -> q.setParameter("service", s));
        return q;
    }

    @Override
    public List<MedicationOrder> queriedFor(String prescriber) {
        return readOnly.forThisUseCase(em.createQuery("select o from MedicationOrder o where o.status = :q and o.prescribedBy = :p order by o.id",
                MedicationOrder.class)).setParameter("q", OrderStatus.QUERIED).setParameter("p", prescriber).getResultList();
    }

    @Override
    public List<String> services() {
        return em.createQuery("select distinct o.service from MedicationOrder o order by o.service", String.class).getResultList();
    }

    @Override
    public void add(MedicationOrder order) {
        em.persist(order);
    }

    @Override
    public void add(OrderVersion version) {
        em.persist(version);
    }

    @Override
    public void add(OrderQuery query) {
        em.persist(query);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
