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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openepr.platform.fhir.OperationOutcomes;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.HostingContact;
import org.openepr.platform.trust.Trust;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.web.Problems;

/**
 * The edge: the one place the request's trust is decided. It comes from the {@code trusts} claim of the
 * token the container verified, never from a header, URL or form field; a request without a verified token
 * carries no trust. A browser user of several trusts picks one once per session from the trusts their token
 * names; an API call must carry a token for exactly one trust. A module the trust has not taken is refused
 * here for its pages and API resources (the use cases refuse it again).
 */
@WebFilter(filterName = "TrustEdgeFilter", urlPatterns = "/*")
public class TrustEdgeFilter extends HttpFilter {

    static final String SESSION_TRUST = "epr.trust";
    /** The trust in whose staff directory this session's user was remembered (once per session, not per request). */
    static final String SESSION_REMEMBERED = "epr.staff.remembered";
    private static final Logger LOG = Logger.getLogger(TrustEdgeFilter.class.getName());
    public static final String PICKER_PATH = "/trust.xhtml";

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    Modules modules;

    @Inject
    OperationOutcomes outcomes;

    @Inject
    StaffDirectory staff;

    @Inject
    HostingContact hosting;

    @Inject
    Permissions permissions;

    @Inject
    TrustShownCookie trustShown;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response); // public resources only; clinical services refuse without a trust
            return;
        }
        boolean api = request.getServletPath().startsWith("/fhir");
        Optional<VerifiedToken> verified = VerifiedToken.of(request);
        if (verified.isEmpty()) {
            refuse(request, response, api, 401, "login", "Your sign-in could not be verified: sign in again");
            return;
        }
        VerifiedToken token = verified.get();
        Set<OdsCode> trusts = token.trusts();
        Optional<OdsCode> trust;
        if (api) {
            if (trusts.size() > 1) {
                refuse(request, response, true, 403, "forbidden",
                        "The token names " + trusts.size() + " trusts; API calls need a token for one trust");
                return;
            }
            trust = trusts.stream().findFirst();
        } else {
            trust = chosenTrust(request, trusts);
            if (request.getServletPath().equals(PICKER_PATH) && (trust.isPresent() || trusts.isEmpty())) {
                // chosen for the session (sign out to change), or nothing to choose (the operator): the picker is gone
                response.sendRedirect(request.getContextPath() + "/");
                return;
            }
            if (trust.isEmpty() && trusts.size() > 1 && !isPickerOrResource(request)) {
                response.sendRedirect(request.getContextPath() + PICKER_PATH);
                return;
            }
        }
        if (trust.isPresent() && registry.find(trust.get()).map(t -> !t.isActive()).orElse(true)) {
            boolean offboarded = registry.find(trust.get()).map(t -> t.status() == Trust.Status.OFFBOARDED).orElse(false);
            if (offboarded) {
                if (api) {
                    refuse(request, response, true, 403, "forbidden", "Trust " + trust.get() + " has left this service (offboarded)");
                } else {
                    Problems.send(request, response, 403, "Access closed", hosting.closedMessage(), trust.get());
                }
                return;
            }
            if (api) {
                refuse(request, response, true, 403, "forbidden", "Trust " + trust.get() + " is not active on this service");
            } else {
                // staff are told why and whom to ask, under their trust's own header
                Problems.send(request, response, 403, "Access suspended", hosting.suspendedMessage(), trust.get());
            }
            return;
        }
        trustContext.bind(callerOf(request, token), trust.orElse(null));
        Optional<String> closed = modules.refusalFor(api ? fhirType(request) : null, api ? null : request.getServletPath());
        if (closed.isPresent()) {
            refuse(request, response, api, 403, "forbidden", closed.get());
            return;
        }
        if (!api && trust.isPresent()) {
            rememberSignIn(request, trust.get());
            trustShown.remember(request, response, trust.get()); // for the server's own role refusals (ContainerRefusal)
        }
        chain.doFilter(request, response);
    }

    private static Caller callerOf(HttpServletRequest request, VerifiedToken token) {
        Set<String> granted = token.roles();
        Set<String> roles = Roles.ALL.stream().filter(granted::contains).collect(Collectors.toSet());
        return new Caller(request.getUserPrincipal().getName(), token.displayName(), request.getRemoteAddr(), roles);
    }

    /** The first page of a session in a trust puts the user's name and roles in that trust's staff directory. */
    private void rememberSignIn(HttpServletRequest request, OdsCode trust) {
        HttpSession session = request.getSession(true);
        if (trust.value().equals(session.getAttribute(SESSION_REMEMBERED)) || !permissions.allows(StaffDirectory.class)) {
            return;
        }
        try {
            staff.signedIn();
            session.setAttribute(SESSION_REMEMBERED, trust.value());
        } catch (RuntimeException e) {
            // a name not remembered only shows an id on screen; it must not keep a clinician out (tried again next page)
            LOG.log(Level.WARNING, "Could not remember " + request.getUserPrincipal().getName() + " in the staff directory", e);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status, String code, String message)
            throws IOException {
        if (api) {
            outcomes.write(response, status, code, message);
        } else {
            Problems.send(request, response, status, message);
        }
    }

    /** The resource type of an API path, /fhir/Slot/123 → Slot. */
    private static String fhirType(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        int slash = path.indexOf('/', 1);
        return slash < 0 ? path.substring(1) : path.substring(1, slash);
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
}
