package org.openepr.caserecord.application.notes;

import org.openepr.platform.audit.AuditedAction;

/** Clinical notes' audited actions. Names are stored: never rename one. */
public enum NotesAudit implements AuditedAction {
    NOTES_LISTED("DocumentReference"),
    NOTE_VIEWED("DocumentReference"),
    NOTE_STARTED("DocumentReference"),
    DRAFT_SAVED("DocumentReference"),
    NOTE_VALIDATED("DocumentReference"),
    NOTE_AMENDED("DocumentReference"),
    // configuration, no patient
    NOTE_TYPES_CHANGED("DocumentReference");

    private final String resourceType;

    NotesAudit(String resourceType) {
        this.resourceType = resourceType;
    }

    @Override
    public String resourceType() {
        return resourceType;
    }
}
