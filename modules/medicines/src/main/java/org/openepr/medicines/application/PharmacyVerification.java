package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderRuleException;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The pharmacist's work: the orders awaiting verification across the trust, oldest first; an order opened with
 * everything needed to judge it (patient, allergies, all current medicines, screening then and now, the prescriber's
 * overrides, earlier versions and queries); then verify, query back to the prescriber, or reject with a reason.
 */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.PHARMACIST)
public class PharmacyVerification {

    static final int PAGE = 25;

    @Inject
    OrderRepository orders;

    @Inject
    OrderAccess access;

    @Inject
    ScreeningContext screening;

    @Inject
    PatientDirectory patients;

    @Inject
    AllergyRecords allergies;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public record WorklistItem(OrderView order, PatientSummary patient) {
    }

    public record Worklist(List<WorklistItem> items, long total, int page, List<String> services) {
        public boolean hasNext() {
            return (long) (page + 1) * PAGE < total;
        }
    }

    /** An order as the pharmacist reviews it. */
    public record Review(OrderView order, PatientSummary patient, Allergies.AllergyRecord allergies, List<OrderView> otherCurrent,
                         ScreeningResult screeningNow, List<OrderView> versions, List<OrderQuery> queries) {
    }

    @ReadsOnly
    public Worklist worklist(Optional<String> service, boolean highRiskOnly, int page) {
        int from = Math.max(0, page) * PAGE;
        var items = awaiting(service, highRiskOnly, from, PAGE, "page=" + page);
        return new Worklist(items, total(service, highRiskOnly, from, PAGE, items), page, orders.services());
    }

    /** The worklist as the API pages it: {@code count} orders from {@code offset}, oldest first, and how many await in all. */
    public record WorklistPage(List<WorklistItem> items, long total) {
    }

    @ReadsOnly
    public WorklistPage worklist(Optional<String> service, boolean highRiskOnly, int offset, int count) {
        int from = Math.max(0, offset);
        int max = Math.max(1, count);
        var items = awaiting(service, highRiskOnly, from, max, "offset=" + offset + " count=" + count);
        return new WorklistPage(items, total(service, highRiskOnly, from, max, items));
    }

    /** A page that is not full, and not past the end, is the last: its length tells the total without counting again. */
    private long total(Optional<String> service, boolean highRiskOnly, int from, int max, List<WorklistItem> page) {
        if (page.size() < max && (from == 0 || !page.isEmpty())) {
            return (long) from + page.size();
        }
        return orders.countAwaitingVerification(service, highRiskOnly);
    }

    private List<WorklistItem> awaiting(Optional<String> service, boolean highRiskOnly, int from, int max, String where) {
        List<MedicationOrder> waiting = orders.awaitingVerification(service, highRiskOnly, from, max);
        Map<UUID, OrderVersion> versions = orders.currentVersions(waiting).stream().collect(Collectors.toMap(OrderVersion::orderId, v -> v));
        Map<UUID, PatientSummary> who = patients.findAll(waiting.stream().map(MedicationOrder::patientId).toList());
        var items = waiting.stream().map(o -> new WorklistItem(OrderView.of(o, versions.get(o.id())), who.get(o.patientId()))).toList();
        audit.record(MedicinesAudit.WORKLIST_VIEWED, null, null, "service=" + service.orElse("any") + " highRisk=" + highRiskOnly
                + " " + where + " orders=" + waiting.stream().map(o -> o.id().toString()).collect(Collectors.joining(",")));
        return items;
    }

    public Review review(UUID orderId) {
        MedicationOrder order = orders.find(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        List<OrderVersion> all = orders.versions(orderId);
        OrderVersion current = all.stream().filter(v -> v.number() == order.currentVersion()).findFirst().orElseThrow();
        PatientSummary patient = patients.find(order.patientId()).orElseThrow(() -> new RecordNotFoundException("order"));
        List<MedicationOrder> others = orders.forPatient(order.patientId()).stream()
                .filter(o -> o.status().isCurrent() && !o.id().equals(orderId)).toList();
        Map<UUID, OrderVersion> otherVersions = orders.currentVersions(others).stream().collect(Collectors.toMap(OrderVersion::orderId, v -> v));
        ScreeningResult now = screening.screen(order.patientId(), current.prescription(), Optional.of(orderId));
        audit.record(MedicinesAudit.ORDER_VIEWED, orderId, order.patientId(), "pharmacy review of version " + current.number());
        return new Review(OrderView.of(order, current), patient, allergies.of(order.patientId()),
                others.stream().map(o -> OrderView.of(o, otherVersions.get(o.id()))).toList(), now,
                all.stream().map(v -> OrderView.of(order, v)).toList(), orders.queries(orderId));
    }

    public OrderView verify(UUID orderId, int versionSeen, String noteText) {
        String note = checked("note", "Note", noteText, false);
        return verified(access.lock(orderId, versionSeen), note);
    }

    /**
     * Verifies the order as the pharmacist last saw it through the API: {@code lockVersionSeen} is the order's lock
     * version (FHIR meta.versionId), so any change since (a new version, a query, another pharmacist's verification)
     * makes it a stale edit.
     */
    public OrderView verifyAsSeen(UUID orderId, int lockVersionSeen, String noteText) {
        String note = checked("note", "Note", noteText, false);
        return verified(access.lockAsSeen(orderId, lockVersionSeen), note);
    }

    private OrderView verified(OrderAccess.Locked locked, String note) {
        UUID orderId = locked.order().id();
        ScreeningResult now = screening.screen(locked.order().patientId(), locked.current().prescription(), Optional.of(orderId));
        try {
            locked.order().verify(locked.current(), trust.caller().userId(), clock.instant(), note, ScreeningRecord.write(now));
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
        orders.flush();
        audit.record(MedicinesAudit.ORDER_VERIFIED, orderId, locked.order().patientId(), "version " + locked.current().number()
                + "; screening at verification: " + now.headline() + (note == null ? "" : "; " + note));
        return OrderView.of(locked.order(), locked.current());
    }

    public OrderView query(UUID orderId, int versionSeen, String questionText) {
        String question = checked("question", "Question", questionText, true);
        var locked = access.lock(orderId, versionSeen);
        try {
            orders.add(locked.order().query(locked.current(), trust.caller().userId(), clock.instant(), question));
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
        orders.flush();
        audit.record(MedicinesAudit.ORDER_QUERIED, orderId, locked.order().patientId(), question);
        return OrderView.of(locked.order(), locked.current());
    }

    public OrderView reject(UUID orderId, int versionSeen, String reasonText) {
        String reason = checked("rejectReason", "Reason for rejecting", reasonText, true);
        var locked = access.lock(orderId, versionSeen);
        try {
            locked.order().reject(locked.current(), trust.caller().userId(), clock.instant(), reason);
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
        orders.flush();
        audit.record(MedicinesAudit.ORDER_REJECTED, orderId, locked.order().patientId(), reason);
        return OrderView.of(locked.order(), locked.current());
    }

    private static String checked(String field, String label, String text, boolean required) {
        InputCheck check = new InputCheck();
        String value = check.field(field, () -> InputCheck.text(label, text, 1000, required));
        check.throwIfAny();
        return value;
    }
}
