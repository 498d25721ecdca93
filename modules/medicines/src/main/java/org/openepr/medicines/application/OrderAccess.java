package org.openepr.medicines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderRuleException;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.staff.StaffDirectory;

/**
 * An order and the version the user acted on, locked for the action: two pharmacists verifying at once are served
 * one after the other, and the second is told what the first did. Another trust's order is "No such order".
 */
@ApplicationScoped
class OrderAccess {

    @Inject
    OrderRepository orders;

    @Inject
    StaffDirectory staff;

    record Locked(MedicationOrder order, OrderVersion current) {
    }

    Locked lock(UUID orderId, int versionSeen) {
        MedicationOrder order = orders.findForUpdate(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        OrderVersion current = orders.version(orderId, order.currentVersion()).orElseThrow();
        if (versionSeen != order.currentVersion()) {
            throw new StaleEditException("The order was changed after you opened it: it is now version " + order.currentVersion()
                    + " by " + staff.nameOf(current.prescribedBy()) + ". Nothing was saved: reopen it to see the change.");
        }
        return new Locked(order, current);
    }

    /** The same, the order's lock version (FHIR meta.versionId) being what the caller saw: any change since is stale. */
    Locked lockAsSeen(UUID orderId, int lockVersionSeen) {
        MedicationOrder order = orders.findForUpdate(orderId).orElseThrow(() -> new RecordNotFoundException("order"));
        OrderVersion current = orders.version(orderId, order.currentVersion()).orElseThrow();
        if (lockVersionSeen != order.version()) {
            throw new StaleEditException("The order was changed after you read it (version " + lockVersionSeen + "; it is now version "
                    + order.version() + ", " + order.status().label() + "). Nothing was saved: read it again to see the change.");
        }
        return new Locked(order, current);
    }

    /** A rule refusal in the order's own words, as a stale edit when someone else got there first. */
    RuntimeException refused(OrderRuleException e) {
        return new StaleEditException(e.inWords(staff::nameOf));
    }
}
