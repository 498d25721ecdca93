package org.openepr.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;

/** What the page header shows: who is signed in, in which trust, in the trust's colours. */
@Named
@RequestScoped
public class CurrentUser {

    private static final String HOSTING_COLOUR = "#425563";

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    public boolean isSignedIn() {
        return trustContext.isBound();
    }

    public String getName() {
        return trustContext.isBound() ? trustContext.caller().displayName() : "";
    }

    public TrustView getTrust() {
        return trustContext.trust().flatMap(registry::find).orElse(null);
    }

    public String getTrustName() {
        TrustView trust = getTrust();
        return trust == null ? (isOperator() ? "Hosting operations" : "No trust selected") : trust.name();
    }

    public String getColour() {
        TrustView trust = getTrust();
        return trust == null ? HOSTING_COLOUR : trust.colour();
    }

    /** The header logo's address, or null when the trust has none; the version changes with the logo (see TrustLogoServlet). */
    public String getLogoPath() {
        TrustView trust = getTrust();
        return trust == null || !trust.hasLogo() ? null : "/trust-logo?v=" + trust.logoSha256();
    }

    public boolean isOperator() {
        return trustContext.isBound() && trustContext.caller().roles().contains(Roles.HOSTING_OPERATOR);
    }
}
