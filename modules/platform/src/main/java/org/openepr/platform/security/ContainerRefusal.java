package org.openepr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;

/**
 * A page the server refused by role (web.xml) before the edge ran: its error page should still look like the user's
 * trust. The server dispatches that error page anonymously (no token, and the user's session is locked to its owner),
 * so the trust cannot be bound; the header shows the trust the edge last showed this browser ({@link TrustShownCookie},
 * signed by this server). For the header's name and colour only: nothing is read or done for the trust.
 */
@ApplicationScoped
public class ContainerRefusal {

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    TrustShownCookie trustShown;

    /** The trust last shown to this browser, for an error page that has no bound trust; empty if none. */
    public Optional<TrustView> shownTrust(HttpServletRequest request) {
        if (trustContext.isBound()) {
            return Optional.empty();
        }
        return trustShown.shown(request).flatMap(registry::find).filter(TrustView::isActive);
    }
}
