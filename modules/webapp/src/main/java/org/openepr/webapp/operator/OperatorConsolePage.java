package org.openepr.webapp.operator;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;
import org.openepr.platform.web.FacesProblems;

/** The hosting operator's console: trusts and the instance's health. It has no way to reach patient data. */
@Named
@RequestScoped
public class OperatorConsolePage {

    @Inject
    TrustRegistry registry;

    @Resource(lookup = "jdbc/epr")
    DataSource dataSource;

    public List<TrustView> getTrusts() {
        return registry.all();
    }

    public void suspend(String odsCode) {
        registry.setStatus(OdsCode.of(odsCode), Trust.Status.SUSPENDED);
        FacesProblems.notice("Suspended " + odsCode);
    }

    public void reinstate(String odsCode) {
        registry.setStatus(OdsCode.of(odsCode), Trust.Status.ACTIVE);
        FacesProblems.notice("Reinstated " + odsCode);
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
