package org.openepr.platform.audit;

/** The platform's own audited actions. Names are stored: never rename one. */
public enum PlatformAudit implements AuditedAction {
    TRUST_SUSPENDED("Organization"),
    TRUST_REINSTATED("Organization"),
    TRUST_SETTING_DECIDED("TrustSetting");

    private final String resourceType;

    PlatformAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
