package org.openepr.webapp.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openepr.platform.audit.AuditEvent;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.persistence.Clocks;

/** The trust admin's console: their own trust's settings and audit trail, nothing of any other trust. */
@Named
@RequestScoped
public class AdminConsolePage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss").withZone(Clocks.UK);

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
        return WHEN.format(event.at());
    }
}
