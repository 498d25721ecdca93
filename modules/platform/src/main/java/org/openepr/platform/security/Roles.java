package org.openepr.platform.security;

import java.util.List;

/** Application roles; Keycloak realm roles of the same names reach Liberty in the token's groups claim. */
public final class Roles {
    public static final String CLINICIAN = "clinician";
    public static final String PHARMACIST = "pharmacist";
    /** Held with clinician by those who may prescribe (doctors, non-medical prescribers). */
    public static final String PRESCRIBER = "prescriber";
    public static final String CLERK = "clerk";
    public static final String TRUST_ADMIN = "trust-admin";
    public static final String HOSTING_OPERATOR = "hosting-operator";
    /**
     * The service itself, working for one trust off any request ({@link BackgroundWork}). Not in {@link #ALL}: the edge
     * never grants it from a token, so no user holds it.
     */
    public static final String BACKGROUND = "background";
    /**
     * Held with {@link #BACKGROUND} by the workers that move a trust as a whole (its export, its import): they reach
     * every module's records, a module the trust admin has turned off too (its records still go with the trust).
     */
    public static final String WHOLE_TRUST = "whole-trust";

    /** Every role the application knows; the edge asks the container which of these the caller holds. */
    public static final List<String> ALL = List.of(CLINICIAN, PRESCRIBER, PHARMACIST, CLERK, TRUST_ADMIN, HOSTING_OPERATOR);

    /** The role as staff call it, for screens and messages (a role code is never shown). */
    public static String label(String role) {
        return switch (role) {
            case CLINICIAN -> "Clinician";
            case PHARMACIST -> "Pharmacist";
            case PRESCRIBER -> "Prescriber";
            case CLERK -> "Booking clerk";
            case TRUST_ADMIN -> "Trust admin";
            case HOSTING_OPERATOR -> "Hosting operator";
            case BACKGROUND -> "OpenEPR (background work)";
            default -> role;
        };
    }

    private Roles() {
    }
}
