package org.openepr.platform.identity;

import java.util.Locale;
import java.util.UUID;
import org.openepr.platform.errors.RecordNotFoundException;

/**
 * Record ids as they arrive in URLs and page links. Anything that is not one of our ids is simply not found,
 * the same answer as another trust's record, so an id tells nothing about what exists.
 */
public final class Ids {

    private Ids() {
    }

    /** @param what the record in words, for "No such <what>" */
    public static UUID of(String what, String raw) {
        if (raw == null || raw.length() != 36) {
            throw new RecordNotFoundException(what.toLowerCase(Locale.ROOT));
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(what.toLowerCase(Locale.ROOT));
        }
    }
}
