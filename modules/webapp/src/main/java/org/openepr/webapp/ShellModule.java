package org.openepr.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.HostedTrusts;

/** The shell's own pages: the trust admin's console and the hosting operator's, which every trust has. */
@ApplicationScoped
public class ShellModule implements ModuleDescriptor {

    @Override
    public String name() {
        return Access.PLATFORM;
    }

    @Override
    public String title() {
        return "Trust administration and hosting";
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("navAdmin", "Trust admin", "/admin/index.xhtml", 90, ReadAuditTrail.class).alsoCurrentOn("/admin/"),
                new MenuEntry("navOperator", "Hosting", "/operator/index.xhtml", 95, HostedTrusts.class).alsoCurrentOn("/operator/"));
    }

    @Override
    public List<HomeTile> tiles() {
        return List.of(
                new HomeTile("tileAdmin", "Trust administration", "Branding, modules and the audit trail", "/admin/index.xhtml", 90,
                        ReadAuditTrail.class),
                new HomeTile("tileOperator", "Hosting operations", "Trusts on this instance, their status and health",
                        "/operator/index.xhtml", 95, HostedTrusts.class));
    }
}
