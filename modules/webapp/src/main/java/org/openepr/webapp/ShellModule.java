package org.openepr.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.modules.HomeTile;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.modules.SettingsPage;
import org.openepr.platform.releases.ReleaseChoice;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.HostedTrusts;
import org.openepr.platform.trust.TrustBranding;
import org.openepr.platform.trust.TrustModules;
import org.openepr.platform.trust.TrustStaffAccounts;

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
                new HomeTile("tileSettings", "Settings", "Every setting of your trust's modules, in one list", "/admin/settings.xhtml", 91,
                        TrustModules.class),
                new HomeTile("tileOperator", "Hosting operations", "Trusts on this instance, their status and health",
                        "/operator/index.xhtml", 95, HostedTrusts.class));
    }

    @Override
    public List<SettingsPage> settings() {
        return List.of(
                new SettingsPage("settingsModules", "Modules", "Which clinical modules your trust uses", "/admin/modules.xhtml", 1,
                        TrustModules.class),
                new SettingsPage("settingsBranding", "Branding", "Name shown in the header, colour, logo", "/admin/branding.xhtml", 2,
                        TrustBranding.class),
                new SettingsPage("settingsStaff", "Staff accounts", "Invite staff, change their roles, disable accounts", "/admin/users.xhtml", 3,
                        TrustStaffAccounts.class),
                new SettingsPage("settingsRelease", "Release", "Which release your trust is on, and when it moves",
                        "/admin/index.xhtml#releaseCard", 4, ReleaseChoice.class));
    }
}
