package org.openepr.platform.audit;

/** The platform's own audited actions. Names are stored: never rename one. */
public enum PlatformAudit implements AuditedAction {
    TRUST_SUSPENDED("Organization"),
    TRUST_REINSTATED("Organization"),
    TRUST_SETTING_DECIDED("TrustSetting"),
    TRUST_ONBOARDED("Organization"),
    TRUST_ONBOARDING_FAILED("Organization"),
    STAFF_ACCOUNT_INVITED("Practitioner"),
    STAFF_ROLES_CHANGED("Practitioner"),
    STAFF_ACCOUNT_DISABLED("Practitioner"),
    STAFF_ACCOUNT_ENABLED("Practitioner"),
    TRUST_REBRANDED("Organization"),
    RELEASE_TAKEN("Release"),
    RELEASE_MOVE_SCHEDULED("Release"),
    RELEASE_MOVE_CANCELLED("Release"),
    RELEASE_MOVED_AS_SCHEDULED("Release"),
    RELEASE_RETURNED("Release"),
    DEFAULT_RELEASE_SET("Release"),
    EXPORT_RECEIPT_CONFIRMED("Organization"),
    LEGAL_HOLD_SET("Organization"),
    LEGAL_HOLD_CLEARED("Organization"),
    TRUST_OFFBOARDED("Organization"),
    TRUST_ERASED("Organization"),
    TRUST_MODULES_CHANGED("Organization"),
    TRUST_LOGO_CHANGED("Organization"),
    TRUST_LOGO_REMOVED("Organization"),
    TRUST_KEYCLOAK_CLEANED("Organization"),
    TRUST_KEYCLOAK_CLEANUP_WAITING("Organization"),
    TRUST_KEYCLOAK_CLEANUP_RETRIED("Organization"),
    ERASURE_CERTIFICATE_DOWNLOADED("Organization"),
    TRUST_SETTING_IMPORTED("TrustSetting"),
    TRUST_SETTING_KEPT_ON_IMPORT("TrustSetting"),
    TRUST_LOGO_IMPORTED("Organization"),
    TRUST_LOGO_KEPT_ON_IMPORT("Organization");

    private final String resourceType;

    PlatformAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
