package org.openepr.platform.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Each trust decides which modules it takes; a module it has not taken is closed to its users. */
@ApplicationScoped
public class TrustModules {

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    public boolean isEnabled(String module) {
        return trustContext.trust().flatMap(registry::find).map(t -> t.modules().contains(module)).orElse(false);
    }

    public void require(String module) {
        if (!isEnabled(module)) {
            throw new ModuleNotEnabledException(module);
        }
    }

    /** Refused like a missing trust: nothing of the module's data is reachable. */
    public static class ModuleNotEnabledException extends NoTrustBoundException {
        private final String module;

        public ModuleNotEnabledException(String module) {
            this.module = module;
        }

        @Override
        public String getMessage() {
            return "The " + module + " module is not enabled for this trust";
        }
    }
}
