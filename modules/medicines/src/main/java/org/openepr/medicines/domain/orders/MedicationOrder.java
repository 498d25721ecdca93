package org.openepr.medicines.domain.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A medication order for a patient, with pharmacy's view of it. Orders are never edited: a change is a new version
 * ({@link OrderVersion}); a change of medicine, dose, route or frequency goes back to the pharmacist, a change of
 * dates, indication or notes keeps the verification. Nobody verifies an order they prescribed.
 */
@Entity
@Table(name = "medication_order")
public class MedicationOrder extends TrustOwned {

    /** The database's name for "one order per submission" (a repeated submit creates one order). */
    public static final String ONE_PER_SUBMISSION = "medication_order_submission_unique";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Column(name = "submission_id")
    private UUID submissionId;

    private String service;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "current_version")
    private int currentVersion;

    @Column(name = "high_risk")
    private boolean highRisk;

    @Column(name = "prescribed_by")
    private String prescribedBy;

    @Column(name = "awaiting_since")
    private Instant awaitingSince;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "stopped_by")
    private String stoppedBy;

    @Column(name = "stop_reason")
    private String stopReason;

    @Version
    private int version;

    protected MedicationOrder() {
    }

    /** A new order and its first version, awaiting verification. */
    public record Prescribed(MedicationOrder order, OrderVersion first) {
    }

    public static Prescribed prescribe(UUID submissionId, UUID patientId, String service, boolean highRisk, Prescription p, String productName,
                                       Prescribing prescribing) {
        MedicationOrder order = new MedicationOrder();
        order.id = UUID.randomUUID();
        order.patientId = patientId;
        order.submissionId = submissionId;
        order.service = service;
        order.highRisk = highRisk;
        order.prescribedBy = prescribing.by();
        order.status = OrderStatus.AWAITING_VERIFICATION;
        order.awaitingSince = prescribing.at();
        order.currentVersion = 1;
        return new Prescribed(order, new OrderVersion(order.id, 1, p, productName, prescribing));
    }

    /**
     * An order as an export kept it, loaded whole into another trust under its new id (and a new submission id: the
     * original submission belonged to the source's screens). Its versions and queries are restored beside it.
     */
    public static MedicationOrder restore(UUID id, UUID patientId, String service, OrderStatus status, int currentVersion, boolean highRisk,
                                          String prescribedBy, Instant awaitingSince, Instant stoppedAt, String stoppedBy, String stopReason) {
        MedicationOrder order = new MedicationOrder();
        order.id = id;
        order.patientId = patientId;
        order.submissionId = UUID.randomUUID();
        order.service = service;
        order.status = status;
        order.currentVersion = currentVersion;
        order.highRisk = highRisk;
        order.prescribedBy = prescribedBy;
        order.awaitingSince = awaitingSince;
        order.stoppedAt = stoppedAt;
        order.stoppedBy = stoppedBy;
        order.stopReason = stopReason;
        return order;
    }

    public void verify(OrderVersion current, String pharmacist, Instant at, String note, String screeningThen) {
        requireCurrent(current);
        if (status == OrderStatus.VERIFIED) {
            throw new OrderRuleException("This order was already verified by %s: nothing was changed", current.verifiedBy());
        }
        requireAwaiting("verified");
        if (pharmacist.equals(current.prescribedBy())) {
            throw new OrderRuleException("You prescribed this version of the order: another pharmacist must verify it");
        }
        current.verify(pharmacist, at, note, screeningThen);
        status = OrderStatus.VERIFIED;
        awaitingSince = null;
    }

    public OrderQuery query(OrderVersion current, String pharmacist, Instant at, String question) {
        requireCurrent(current);
        requireAwaiting("queried");
        status = OrderStatus.QUERIED;
        return new OrderQuery(id, current.number(), pharmacist, at, question);
    }

    /** The prescriber answers a query without changing the order: it goes back to the pharmacist's worklist. */
    public void answer(OrderQuery query, String prescriber, Instant at, String answer) {
        if (status != OrderStatus.QUERIED || !query.isOpen()) {
            throw new OrderRuleException("This order has no open query to answer");
        }
        query.answer(prescriber, at, answer);
        status = OrderStatus.AWAITING_VERIFICATION;
        awaitingSince = at;
    }

    /**
     * A new version. A clinical change (medicine, dose, route, frequency) goes back to the pharmacist; anything else
     * keeps a verification the order already had. An open query is answered by the amendment.
     */
    public OrderVersion amend(OrderVersion current, Prescription p, String productName, boolean highRiskNow, Prescribing prescribing,
                              Optional<OrderQuery> openQuery) {
        requireCurrent(current);
        if (status.isFinal()) {
            throw new OrderRuleException("This order is " + status.label().toLowerCase() + ": write a new order instead");
        }
        OrderVersion next = new OrderVersion(id, currentVersion + 1, p, productName, prescribing);
        boolean clinical = p.clinicallyDiffersFrom(current.prescription());
        if (!clinical && current.verification().isVerified()) {
            next.carryOverFrom(current);
        } else {
            status = OrderStatus.AWAITING_VERIFICATION;
            awaitingSince = prescribing.at();
        }
        current.supersede(); // a version never verified stays readable, marked as replaced
        openQuery.filter(OrderQuery::isOpen).ifPresent(q -> q.answer(prescribing.by(), prescribing.at(), "Amended: see version " + next.number()));
        currentVersion = next.number();
        highRisk = highRiskNow;
        return next;
    }

    public void reject(OrderVersion current, String pharmacist, Instant at, String reason) {
        requireCurrent(current);
        requireAwaiting("rejected");
        current.reject(pharmacist, at, reason);
        status = OrderStatus.REJECTED;
        awaitingSince = null;
    }

    public void stop(String by, Instant at, String reason) {
        if (status.isFinal()) {
            throw new OrderRuleException("This order is already " + status.label().toLowerCase());
        }
        status = OrderStatus.STOPPED;
        stoppedAt = at;
        stoppedBy = by;
        stopReason = reason;
        awaitingSince = null;
    }

    private void requireCurrent(OrderVersion v) {
        if (!v.orderId().equals(id) || v.number() != currentVersion) {
            throw new OrderRuleException("The order has changed since you opened it (now version " + currentVersion + "): nothing was "
                    + "saved; reopen it to see the current version");
        }
    }

    private void requireAwaiting(String what) {
        if (status == OrderStatus.QUERIED) {
            throw new OrderRuleException("This order is queried: it can be " + what + " once the prescriber answers or amends it");
        }
        if (status != OrderStatus.AWAITING_VERIFICATION) {
            throw new OrderRuleException("This order is " + status.label().toLowerCase() + ": it cannot be " + what);
        }
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public UUID submissionId() { return submissionId; }
    public String service() { return service; }
    public OrderStatus status() { return status; }
    public int currentVersion() { return currentVersion; }
    public boolean highRisk() { return highRisk; }
    public String prescribedBy() { return prescribedBy; }
    public Instant awaitingSince() { return awaitingSince; }
    public Instant stoppedAt() { return stoppedAt; }
    public String stoppedBy() { return stoppedBy; }
    public String stopReason() { return stopReason; }
    public int version() { return version; }
}
