package org.openepr.platform.importing;

import org.openepr.platform.audit.AuditedAction;

/** The import's audited actions (one line each per job; the records loaded carry the source's own trail). Never rename one. */
public enum ImportAudit implements AuditedAction {
    TRUST_IMPORT_REQUESTED,
    TRUST_IMPORT_FINISHED,
    TRUST_IMPORT_FAILED;

    @Override
    public String resourceType() {
        return "Binary";
    }
}
