package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The platform's tables: the trust registry and the audit trails. */
@ApplicationScoped
public class PlatformSchema implements ModuleSchema {
    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Map<String, String> tablePrivileges() {
        return Map.of(
                "audit_event", "select, insert",      // append-only: never changed or deleted
                "operator_audit", "select, insert",   // the same, for the hosting operator's actions
                "trust", "select, insert, update",    // instance metadata, not a trust's data: no row-level security
                "trust_release", "select, insert, update",     // the same: each trust's release, listed by the operator
                "instance_setting", "select, insert, update", // the operator's decisions for the whole instance
                "trust_erasure", "select, insert, update",    // offboarding: the erasure job and its certificate (no patient data)
                "trust_erasure_table", "select, insert, update",
                "trust_erasure_account", "select, insert, update", // its Keycloak accounts (ids and user names, no patient data)
                "job_lease", "select, insert, update"); // which server runs a long job now (BackgroundJobs); given up, not deleted
    }
}
