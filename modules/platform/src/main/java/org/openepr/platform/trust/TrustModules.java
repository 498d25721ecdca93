package org.openepr.platform.trust;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.modules.ModuleChoice;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust admin turns clinical modules on and off for their own trust (the trust comes from the token, never the
 * form). Turning one off closes its pages, menu entries and API types at once for every user of the trust (the edge
 * and every use case ask {@code Modules.isTaken}); its data stays, and is shown again when it is turned back on.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class TrustModules {

    /** One installed module as the admin's form shows it; {@code locked} says why it cannot be turned off, else null. */
    public record Module(String name, String title, boolean taken, String locked) implements java.io.Serializable {
    }

    /** The form: the registry row's version it was read at, and every installed clinical module. */
    public record Choices(int version, List<Module> modules) implements java.io.Serializable {
    }

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    Modules modules;

    @Inject
    AuditTrail audit;

    public Choices current() {
        Trust trust = registry.read(trustContext.requireTrust());
        ModuleChoice choice = new ModuleChoice(modules.all());
        List<String> taken = trust.modules();
        return new Choices(trust.version(), choice.choosable().stream()
                .map(m -> new Module(m.name(), m.title(), taken.contains(m.name()), choice.lockedReason(m.name(), taken))).toList());
    }

    /**
     * @param seenVersion the version of the trust's row the form was read at: if anyone changed the trust since
     *                    (modules or branding), nothing is saved
     */
    public void choose(int seenVersion, Collection<String> wanted) {
        ModuleChoice choice = new ModuleChoice(modules.all());
        List<String> chosen = choice.check(wanted);
        Trust trust = registry.forChange(trustContext.requireTrust());
        if (trust.version() != seenVersion) {
            throw new StaleEditException("Someone else changed this trust's settings while you were choosing its modules. Nothing was "
                    + "saved: it now has " + titles(choice, trust.modules()) + ".");
        }
        List<String> before = trust.modules();
        List<String> off = new ArrayList<>(before);
        off.removeAll(chosen);
        List<String> on = new ArrayList<>(chosen);
        on.removeAll(before);
        if (off.isEmpty() && on.isEmpty()) {
            return;
        }
        trust.takeModules(chosen);
        audit.record(PlatformAudit.TRUST_MODULES_CHANGED, trust.odsCode().value(), null, (on.isEmpty() ? "" : "turned on: " + titles(choice, on)
                + (off.isEmpty() ? "" : "; ")) + (off.isEmpty() ? "" : "turned off: " + titles(choice, off)) + " (now " + String.join(", ", chosen) + ")");
    }

    private static String titles(ModuleChoice choice, List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(choice::titleOf).toList());
    }
}
