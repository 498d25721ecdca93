package org.openepr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Work the service does by itself for one trust, off any user's request (sending discharge summaries, reading the
 * answers): run in a request context of its own, as the named background worker of that trust, so the use cases it
 * calls check access and bind both locks exactly as for staff (the EclipseLink tenant and {@code epr.trust} for
 * row-level security). Background work never connects as the owner and never bypasses row-level security: each unit
 * of work is one trust's, and the next trust's is another unit.
 *
 * <p>The caller holds only {@link Roles#BACKGROUND}, which no token can carry (the edge takes only {@link Roles#ALL}),
 * so a use case open to background work says so in its {@code @Access}, and no user reaches it.
 */
@ApplicationScoped
public class BackgroundWork {

    @Inject
    Instance<RequestContextController> requestContexts; // one per unit of work: a controller remembers what it activated

    @Inject
    TrustContext trustContext;

    /**
     * Runs {@code work} for {@code trust} as {@code worker} (a name for the audit trail, e.g. "discharge-sender").
     * Must be called on a thread with no request of its own (a managed executor's or timer's thread).
     */
    public <T> T inTrust(OdsCode trust, String worker, Supplier<T> work) {
        return as(trust, worker, Set.of(Roles.BACKGROUND), work);
    }

    /**
     * The same, for a worker moving the trust as a whole ({@link Roles#WHOLE_TRUST}): the modules the trust has turned
     * off are open to it, so an export holds every record the trust has.
     */
    public <T> T inWholeTrust(OdsCode trust, String worker, Supplier<T> work) {
        return as(trust, worker, Set.of(Roles.BACKGROUND, Roles.WHOLE_TRUST), work);
    }

    private <T> T as(OdsCode trust, String worker, Set<String> roles, Supplier<T> work) {
        RequestContextController requestContext = requestContexts.get();
        if (!requestContext.activate()) {
            requestContexts.destroy(requestContext);
            throw new IllegalStateException("Background work runs on a thread of its own, never inside a request");
        }
        try {
            trustContext.bind(new Caller("service:" + worker, "OpenEPR (" + worker + ")", "server", roles), trust);
            return work.get();
        } finally {
            requestContext.deactivate();
            requestContexts.destroy(requestContext);
        }
    }
}
