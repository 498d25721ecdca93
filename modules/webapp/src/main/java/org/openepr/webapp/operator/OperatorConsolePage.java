package org.openepr.webapp.operator;

import org.openepr.platform.time.UkDates;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.openepr.platform.audit.OperatorAuditEvent;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.HostedTrusts;
import org.openepr.platform.trust.TrustRegistry.TrustView;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The hosting operator's console: trusts, the operator audit trail and the instance's health. No way to patient data. */
@Named
@RequestScoped
public class OperatorConsolePage {


    @Inject
    HostedTrusts trusts;

    @Resource(lookup = "jdbc/epr")
    DataSource dataSource;

    private List<TrustView> all;
    private List<OperatorAuditEvent> trail;

    public List<TrustView> getTrusts() {
        if (all == null) {
            all = trusts.all();
        }
        return all;
    }

    public List<OperatorAuditEvent> getAuditTrail() {
        if (trail == null) {
            trail = trusts.auditTrail(50);
        }
        return trail;
    }

    public String when(OperatorAuditEvent event) {
        return UkDates.auditTime(event.at());
    }

    @UserAction
    public void suspend(String odsCode) {
        trusts.suspend(OdsCode.of(odsCode), null);
        FacesProblems.notice("Suspended " + odsCode);
        all = null;
        trail = null;
    }

    @UserAction
    public void reinstate(String odsCode) {
        trusts.reinstate(OdsCode.of(odsCode), null);
        FacesProblems.notice("Reinstated " + odsCode);
        all = null;
        trail = null;
    }

    /** Read again when next shown: a full post may have read them before its action changed them. */
    void refresh() {
        all = null;
        trail = null;
    }

    public boolean isDatabaseUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    public long getHeapUsedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }

    public long getHeapMaxMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
