package org.openepr.caserecord.domain.notes;

import java.util.UUID;

/** The id a client gives one save of a note, so that sending it again saves once. */
public record SaveId(UUID value) {

    public SaveId {
        if (value == null) {
            throw new IllegalArgumentException("Save id is required");
        }
    }

    public static SaveId parse(String raw) {
        if (raw == null || raw.length() != 36) {
            throw new IllegalArgumentException("Save id must be a UUID chosen by the client for this save");
        }
        try {
            return new SaveId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Save id must be a UUID chosen by the client for this save");
        }
    }
}
