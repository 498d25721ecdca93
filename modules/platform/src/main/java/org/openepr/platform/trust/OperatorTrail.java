package org.openepr.platform.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.AuditedAction;
import org.openepr.platform.identity.OdsCode;

/** An operator's action that failed is audited all the same: in a transaction of its own, as the action's rolls back. */
@ApplicationScoped
public class OperatorTrail {

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditedAction action, OdsCode subject, String detail) {
        audit.recordOperatorAction(action, subject, detail);
    }
}
