package org.openepr.webapp.admin;

import org.openepr.platform.time.UkDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;

/** The trust admin's console: their own trust's settings and audit trail, nothing of any other trust. */
@Named
@RequestScoped
public class AdminConsolePage {


    @Inject
    ReadAuditTrail audit;

    private List<AuditEvent> latest;

    public List<AuditEvent> getLatestAudit() {
        if (latest == null) {
            latest = audit.latest(100);
        }
        return latest;
    }

    public String when(AuditEvent event) {
        return UkDates.auditTime(event.at());
    }
}
