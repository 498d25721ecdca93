package org.openepr.medicines.domain.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** Medication orders, their versions and queries, within the current trust. */
public interface OrderRepository extends Repository {

    Optional<MedicationOrder> find(UUID id);

    /** The order, locked until the transaction ends, so two pharmacists acting at once are served one after the other. */
    Optional<MedicationOrder> findForUpdate(UUID id);

    Optional<MedicationOrder> findBySubmission(UUID submissionId);

    List<MedicationOrder> forPatient(UUID patientId);

    /** An order with its current version. */
    record Current(MedicationOrder order, OrderVersion version) {
    }

    /**
     * The patient's current orders (awaiting, queried, verified) with their current versions, newest first, at most
     * {@code max}: one query, however many orders the patient has had.
     */
    List<Current> currentForPatient(UUID patientId, int max);

    Optional<OrderVersion> version(UUID orderId, int number);

    List<OrderVersion> versions(UUID orderId);

    /** Every version of each of the orders, newest first per order: a query per thousand orders, not one per order. */
    Map<UUID, List<OrderVersion>> versionsOf(List<UUID> orderIds);

    /** The current version of each of the orders. */
    List<OrderVersion> currentVersions(List<MedicationOrder> orders);

    List<OrderQuery> queries(UUID orderId);

    /** Every query about each of the orders, oldest first per order: a query per thousand orders (the export's page). */
    Map<UUID, List<OrderQuery>> queriesOf(List<UUID> orderIds);

    /** Orders awaiting verification, oldest first, optionally only a service's or only high-risk ones. */
    List<MedicationOrder> awaitingVerification(Optional<String> service, boolean highRiskOnly, int offset, int limit);

    long countAwaitingVerification(Optional<String> service, boolean highRiskOnly);

    /** Orders a prescriber must answer: queried orders they prescribed. */
    List<MedicationOrder> queriedFor(String prescriber);

    List<String> services();

    void add(MedicationOrder order);

    void add(OrderVersion version);

    void add(OrderQuery query);

    /** Writes now, so a clash (a repeated submission, a concurrent change) surfaces inside the use case. */
    void flush();
}
