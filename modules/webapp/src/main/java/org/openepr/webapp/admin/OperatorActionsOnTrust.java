package org.openepr.webapp.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openepr.platform.audit.OperatorAuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.time.UkDates;

/** The trust admin sees what the hosting operator did to their trust (onboarded, suspended, reinstated it). */
@Named
@RequestScoped
public class OperatorActionsOnTrust {

    @Inject
    ReadAuditTrail trail;

    private List<OperatorAuditEvent> lines;

    public List<OperatorAuditEvent> getLines() {
        if (lines == null) {
            lines = trail.operatorActions(50);
        }
        return lines;
    }

    public String when(OperatorAuditEvent event) {
        return UkDates.auditTime(event.at());
    }
}
