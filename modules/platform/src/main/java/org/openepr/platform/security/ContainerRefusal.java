package org.openepr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;

/**
 * A page the server refused by role (web.xml) before the edge ran: its error page should still look like the user's
 * trust. The server dispatches that error page without the caller's verified token, so the trust cannot be bound;
 * the header shows the trust the edge recorded for this session from the verified token on an earlier page. That is
 * for the header's name and colour only: nothing is read or done for the trust in such a request.
 */
@ApplicationScoped
public class ContainerRefusal {

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    /** The trust this session's pages were shown in, for an error page that has no bound trust; empty if none. */
    public Optional<TrustView> sessionTrust(HttpServletRequest request) {
        if (trustContext.isBound()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object code = session == null ? null : session.getAttribute(TrustEdgeFilter.SESSION_REMEMBERED);
        return code instanceof String ods ? registry.find(OdsCode.of(ods)).filter(TrustView::isActive) : Optional.empty();
    }
}
