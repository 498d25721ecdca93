package org.openepr.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.openepr.platform.security.ContainerRefusal;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.modules.MenuEntry;
import org.openepr.platform.modules.Navigation;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;

/**
 * An error page (403, 404, 500) in the same frame as every page: the trust's header, the menu the caller may use
 * and a skip link, so a refused or missing page leaves staff where they were. Written without Faces, because
 * the error may have come from Faces itself. Mirrors WEB-INF/templates/page.xhtml.
 */
@RequestScoped
public class ErrorPageFrame {

    @Inject
    CurrentUser currentUser;

    @Inject
    Navigation navigation;

    @Inject
    TrustRegistry registry;

    @Inject
    ContainerRefusal containerRefusal;

    String render(HttpServletRequest request, String title, String message) {
        String context = request.getContextPath();
        String trustName = currentUser.getTrustName();
        String colour = currentUser.getColour();
        boolean sessionOnly = false; // the trust is known (the browser was shown it) but not the caller: only a way out
        if (!currentUser.isSignedIn()) {
            // refused by the edge before the trust was bound (a suspended trust), or by the server's role check before the
            // edge (the trust this browser was last shown): still the trust's own header
            TrustView refused = request.getAttribute(Problems.TRUST) instanceof OdsCode code ? registry.find(code).orElse(null) : null;
            if (refused == null) {
                refused = containerRefusal.shownTrust(request).orElse(null);
                sessionOnly = refused != null;
            }
            trustName = refused != null ? refused.name() : "OpenEPR";
            colour = refused != null ? refused.colour() : colour;
        }
        StringBuilder html = new StringBuilder(2048).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(escape(title))
                .append(" · ").append(escape(trustName)).append("</title><link rel=\"stylesheet\" href=\"").append(context)
                .append("/resources/css/epr.css\"/><style>:root { --trust-colour: ").append(escape(colour)).append("; }</style></head><body>")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
                .append("<header class=\"trust-header\" id=\"trustHeader\"><div class=\"trust-name\" id=\"trustName\">")
                .append(escape(trustName)).append("</div><nav class=\"main-nav\" aria-label=\"Main\">");
        if (currentUser.isSignedIn()) {
            for (MenuEntry entry : navigation.getMenu()) {
                html.append("<a id=\"").append(entry.id()).append("\" href=\"").append(context).append(entry.path()).append("\">")
                        .append(escape(entry.label())).append("</a>");
            }
        }
        html.append("</nav><div class=\"user\">");
        if (request.getUserPrincipal() != null) {
            html.append("<span id=\"userName\">").append(escape(currentUser.getName())).append("</span><a id=\"signOut\" href=\"")
                    .append(context).append("/signout\">Sign out</a>");
        } else if (sessionOnly) {
            html.append("<a id=\"signOut\" href=\"").append(context).append("/signout\">Sign out</a>");
        }
        return html.append("</div></header><main class=\"page\" id=\"main\" tabindex=\"-1\"><section class=\"card problem\"><h1>")
                .append(escape(title)).append("</h1><p id=\"problem\">").append(escape(message)).append(".</p><p><a href=\"")
                .append(context).append("/\">Home</a></p></section></main></body></html>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
