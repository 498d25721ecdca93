package org.openepr.platform.export;

import org.openepr.platform.audit.AuditedAction;

/** The export's audited actions. Names are stored: never rename one. */
public enum ExportAudit implements AuditedAction {
    TRUST_EXPORT_REQUESTED,
    TRUST_EXPORT_FINISHED,
    TRUST_EXPORT_CANCELLED,
    TRUST_EXPORT_DOWNLOADED;

    /** The export's files are Bulk Data output: binary content as far as a FHIR type goes. */
    @Override
    public String resourceType() {
        return "Binary";
    }
}
