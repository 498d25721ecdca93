package org.openepr.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;

/** For users of several trusts: the trusts their verified token names, and the one they choose for this session. */
@RequestScoped
public class TrustChoice {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustRegistry registry;

    public List<TrustView> offered() {
        return VerifiedToken.of(request).map(VerifiedToken::trusts).orElse(java.util.Set.of()).stream()
                .map(registry::find).flatMap(Optional::stream).filter(TrustView::isActive).toList();
    }

    /** Accepted only if the verified token names that trust and no trust was chosen before in this session. */
    public boolean choose(OdsCode trust) {
        boolean named = VerifiedToken.of(request).map(t -> t.trusts().contains(trust)).orElse(false);
        if (!named) {
            return false;
        }
        HttpSession session = request.getSession(true);
        if (session.getAttribute(TrustEdgeFilter.SESSION_TRUST) != null) {
            return false; // one trust per session: sign out to work in another
        }
        session.setAttribute(TrustEdgeFilter.SESSION_TRUST, trust.value());
        return true;
    }
}
