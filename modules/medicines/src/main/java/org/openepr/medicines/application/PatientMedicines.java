package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** A patient's medicines as the record shows them: current and stopped, each with where it stands with pharmacy. */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class PatientMedicines {

    @Inject
    OrderRepository orders;

    @Inject
    AllergyRecords allergies;

    @Inject
    PatientDirectory patients;


    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    public record Medicines(PatientSummary patient, List<OrderView> current, List<OrderView> ended, Allergies.AllergyRecord allergies) {
    }

    public record QueriedOrder(OrderView order, PatientSummary patient) {
    }

    public Medicines of(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<OrderView> all = viewed(patientId);
        return new Medicines(patient, all.stream().filter(OrderView::isCurrent).toList(), all.stream().filter(o -> !o.isCurrent()).toList(),
                allergies.of(patientId));
    }

    /** The patient's orders, current and ended, without the allergies the record's page shows beside them (the API's list). */
    public List<OrderView> orders(UUID patientId) {
        patients.require(patientId);
        return viewed(patientId);
    }

    private List<OrderView> viewed(UUID patientId) {
        List<OrderView> all = views(orders.forPatient(patientId));
        audit.record(MedicinesAudit.MEDICINES_VIEWED, null, patientId, all.size() + " order(s)");
        return all;
    }

    public OrderView order(UUID orderId) {
        MedicationOrder o = orders.find(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        OrderView view = OrderView.of(o, orders.version(orderId, o.currentVersion()).orElseThrow());
        audit.record(MedicinesAudit.ORDER_VIEWED, orderId, o.patientId(), "version " + view.version());
        return view;
    }

    /** Every version of an order, newest first: what was prescribed, screened and verified each time. */
    public List<OrderView> history(UUID orderId) {
        MedicationOrder o = orders.find(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        audit.record(MedicinesAudit.ORDER_VIEWED, orderId, o.patientId(), "history");
        return orders.versions(orderId).stream().map(v -> OrderView.of(o, v)).toList();
    }

    /** Pharmacy's queries about an order and their answers, newest first. */
    public List<org.openepr.medicines.domain.orders.OrderQuery> queries(UUID orderId) {
        orders.find(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        return orders.queries(orderId);
    }

    /** The caller's own orders a pharmacist has queried, for them to answer or amend. */
    @Access(module = MedicinesModule.NAME, roles = Roles.PRESCRIBER)
    public List<QueriedOrder> queriedForMe() {
        List<MedicationOrder> queried = orders.queriedFor(trust.caller().userId());
        Map<UUID, PatientSummary> who = patients.findAll(queried.stream().map(MedicationOrder::patientId).toList());
        audit.record(MedicinesAudit.WORKLIST_VIEWED, null, null, "queried orders of " + trust.caller().userId() + ": "
                + queried.stream().map(q -> q.id().toString()).collect(Collectors.joining(",")));
        return views(queried).stream().map(v -> new QueriedOrder(v, who.get(v.patientId()))).toList();
    }

    private List<OrderView> views(List<MedicationOrder> list) {
        Map<UUID, OrderVersion> current = orders.currentVersions(list).stream().collect(Collectors.toMap(OrderVersion::orderId, Function.identity()));
        return list.stream().map(o -> OrderView.of(o, current.get(o.id()))).toList();
    }
}
