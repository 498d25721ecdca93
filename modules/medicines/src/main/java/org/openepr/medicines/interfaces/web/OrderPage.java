package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.application.AmendOrder;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.StopOrder;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** One order: its current version, every earlier one, pharmacy's queries; the prescriber answers, changes or stops it. */
@Named
@ViewScoped
@UserAction
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientMedicines medicines;

    @Inject
    AmendOrder amendOrder;

    @Inject
    StopOrder stopOrder;

    @Inject
    Permissions permissions;

    private String id;
    private UUID orderId;
    private OrderView order;
    private List<OrderView> history;
    private List<org.openepr.medicines.domain.orders.OrderQuery> queries;
    private PatientMedicines.Medicines record;
    private String answer;
    private String stopReason;

    public void load() {
        if (orderId == null) {
            orderId = Ids.of("order", id);
            refresh();
        }
    }

    private void refresh() {
        order = medicines.order(orderId);
        history = medicines.history(orderId);
        queries = medicines.queries(orderId);
        record = medicines.of(order.patientId());
    }

    public void answerQuery() {
        amendOrder.answerQuery(orderId, order.version(), answer);
        FacesProblems.notice("Answer sent: the order is back on the pharmacist's worklist");
        answer = null;
        refresh();
    }

    public void stop() {
        stopOrder.stop(orderId, order.version(), stopReason);
        FacesProblems.notice(order.productName() + " stopped");
        stopReason = null;
        refresh();
    }

    public boolean isCanPrescribe() {
        return permissions.allows(Prescribe.class) && order != null && !order.status().isFinal();
    }

    public boolean isQueried() {
        return order != null && order.status() == OrderStatus.QUERIED;
    }

    public OrderView getOrder() { return order; }
    public List<OrderView> getHistory() { return history; }
    public List<org.openepr.medicines.domain.orders.OrderQuery> getQueries() { return queries; }
    public PatientMedicines.Medicines getRecord() { return record; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getAnswer() { return answer; }
    public void setAnswer(String v) { answer = v; }
    public String getStopReason() { return stopReason; }
    public void setStopReason(String v) { stopReason = v; }
}
