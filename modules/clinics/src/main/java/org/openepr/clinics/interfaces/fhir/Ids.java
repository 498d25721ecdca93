package org.openepr.clinics.interfaces.fhir;

import java.util.UUID;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;

/** Resource ids and references as the API receives them. */
final class Ids {

    private Ids() {
    }

    /** An id in a URL: anything that is not one of ours is simply not found. */
    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(what);
        }
    }

    /** "Patient/123…", "123…" or an absolute URL ending in Type/id. */
    static UUID reference(String reference, String type, String field) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException(field, "A " + type + " reference is required");
        }
        String r = reference.strip();
        int at = r.lastIndexOf(type + "/");
        String id = at >= 0 ? r.substring(at + type.length() + 1) : r;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "No such " + type.toLowerCase());
        }
    }
}
