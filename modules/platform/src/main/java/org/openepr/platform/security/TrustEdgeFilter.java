package org.openepr.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.openepr.platform.fhir.OperationOutcomes;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The edge: the one place the request's trust is decided. It comes from the verified token's
 * {@code trusts} claim only. A browser user of several trusts picks one once per session, from
 * the trusts their token names; an API call must carry a token for exactly one trust.
 */
@WebFilter(filterName = "TrustEdgeFilter", urlPatterns = "/*")
public class TrustEdgeFilter extends HttpFilter {

    static final String SESSION_TRUST = "epr.trust";
    public static final String PICKER_PATH = "/trust.xhtml";

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    OperationOutcomes outcomes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response); // public resources only; clinical services refuse without a trust
            return;
        }
        VerifiedToken token = VerifiedToken.of(request);
        Set<OdsCode> trusts = token.trusts();
        boolean api = request.getServletPath().startsWith("/fhir");
        Optional<OdsCode> trust;
        if (api) {
            if (trusts.size() > 1) {
                outcomes.write(response, 403, "forbidden",
                        "The token names " + trusts.size() + " trusts; API calls need a token for one trust");
                return;
            }
            trust = trusts.stream().findFirst();
        } else {
            trust = chosenTrust(request, trusts);
            if (trust.isEmpty() && trusts.size() > 1 && !isPickerOrResource(request)) {
                response.sendRedirect(request.getContextPath() + PICKER_PATH);
                return;
            }
        }
        if (trust.isPresent() && registry.find(trust.get()).map(t -> !t.isActive()).orElse(true)) {
            String message = "Trust " + trust.get() + " is not active on this service";
            if (api) {
                outcomes.write(response, 403, "forbidden", message);
            } else {
                response.sendError(403, message);
            }
            return;
        }
        trustContext.bind(new Caller(request.getUserPrincipal().getName(), token.displayName(), request.getRemoteAddr()),
                trust.orElse(null));
        chain.doFilter(request, response);
    }

    private Optional<OdsCode> chosenTrust(HttpServletRequest request, Set<OdsCode> trusts) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_TRUST);
        if (chosen instanceof String code && trusts.contains(OdsCode.of(code))) {
            return Optional.of(OdsCode.of(code));
        }
        if (trusts.size() == 1) {
            return trusts.stream().findFirst();
        }
        return Optional.empty();
    }

    private static boolean isPickerOrResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(PICKER_PATH) || path.startsWith("/jakarta.faces.resource") || path.equals("/signout");
    }

    /** The trust picker's choice; accepted only if the verified token names that trust. */
    public static boolean choose(HttpServletRequest request, OdsCode trust) {
        if (request.getUserPrincipal() == null || !VerifiedToken.of(request).trusts().contains(trust)) {
            return false;
        }
        HttpSession session = request.getSession(true);
        if (session.getAttribute(SESSION_TRUST) != null) {
            return false; // one trust per session: sign out to work in another
        }
        session.setAttribute(SESSION_TRUST, trust.value());
        return true;
    }
}
