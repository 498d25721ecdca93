package org.openepr.platform.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.openepr.platform.security.Access;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/** The installed modules and which of them the current trust has taken. */
@ApplicationScoped
public class Modules {

    @Inject
    Instance<ModuleDescriptor> installed;

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    private volatile List<ModuleDescriptor> all;

    public List<ModuleDescriptor> all() {
        List<ModuleDescriptor> known = all;
        if (known == null) {
            known = installed.stream().toList();
            all = known;
        }
        return known;
    }

    /** Has the current trust taken this module? The platform's own pages belong to every trust. */
    public boolean isTaken(String module) {
        if (Access.PLATFORM.equals(module)) {
            return true;
        }
        return trustContext.trust().flatMap(registry::find).map(t -> t.modules().contains(module)).orElse(false);
    }

    public String notTakenMessage(String module) {
        String title = all().stream().filter(m -> m.name().equals(module)).map(ModuleDescriptor::title).findFirst().orElse(module);
        return "Your trust has not taken " + title + ", so it is not available to you";
    }

    /**
     * Why a page or API resource type must be refused for the current trust, if it must: it belongs to a
     * module the trust has not taken. Requests outside any trust (the operator) are left to the use cases.
     */
    public Optional<String> refusalFor(String fhirType, String servletPath) {
        if (trustContext.trust().isEmpty()) {
            return Optional.empty();
        }
        for (ModuleDescriptor m : all()) {
            boolean owns = (fhirType != null && m.fhirTypes().contains(fhirType))
                    || (servletPath != null && m.pagePaths().stream().anyMatch(servletPath::startsWith));
            if (owns && !isTaken(m.name())) {
                return Optional.of(notTakenMessage(m.name()));
            }
        }
        return Optional.empty();
    }
}
