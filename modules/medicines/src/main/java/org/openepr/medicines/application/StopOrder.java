package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.orders.OrderRepository;
import org.openepr.medicines.domain.orders.OrderRuleException;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** A prescriber stops an order, at any time, with a reason. */
@UseCase
@Access(module = MedicinesModule.NAME, roles = Roles.PRESCRIBER)
public class StopOrder {

    @Inject
    OrderRepository orders;

    @Inject
    OrderAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    public OrderView stop(UUID orderId, int versionSeen, String reasonText) {
        String reason = InputCheckOf.required("stopReason", "Reason for stopping", reasonText, 200);
        var locked = access.lock(orderId, versionSeen);
        try {
            locked.order().stop(trust.caller().userId(), clock.instant(), reason);
        } catch (OrderRuleException e) {
            throw access.refused(e);
        }
        orders.flush();
        audit.record(MedicinesAudit.ORDER_STOPPED, orderId, locked.order().patientId(), reason);
        return OrderView.of(locked.order(), locked.current());
    }
}
