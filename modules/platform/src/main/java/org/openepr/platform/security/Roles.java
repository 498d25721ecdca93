package org.openepr.platform.security;

/** Application roles; Keycloak realm roles of the same names reach Liberty in the token's groups claim. */
public final class Roles {
    public static final String CLINICIAN = "clinician";
    public static final String PHARMACIST = "pharmacist";
    public static final String CLERK = "clerk";
    public static final String TRUST_ADMIN = "trust-admin";
    public static final String HOSTING_OPERATOR = "hosting-operator";

    private Roles() {
    }
}
