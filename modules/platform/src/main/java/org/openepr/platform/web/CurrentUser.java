package org.openepr.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    @Inject
    HttpServletRequest request;

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

    public boolean hasModule(String module) {
        TrustView trust = getTrust();
        return trust != null && trust.modules().contains(module);
    }

    public boolean isClinicalUser() {
        return getTrust() != null && (request.isUserInRole(Roles.CLINICIAN) || request.isUserInRole(Roles.PHARMACIST)
                || request.isUserInRole(Roles.CLERK));
    }

    public boolean isCanRegister() {
        return getTrust() != null && (request.isUserInRole(Roles.CLINICIAN) || request.isUserInRole(Roles.CLERK));
    }

    /** Books and runs clinics: clinicians and booking clerks of a trust that has taken the clinics module. */
    public boolean isCanBook() {
        return hasModule("clinics") && (request.isUserInRole(Roles.CLINICIAN) || request.isUserInRole(Roles.CLERK));
    }

    public boolean isTrustAdmin() {
        return getTrust() != null && request.isUserInRole(Roles.TRUST_ADMIN);
    }

    public boolean isOperator() {
        return request.isUserInRole(Roles.HOSTING_OPERATOR);
    }
}
