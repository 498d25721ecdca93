package org.openepr.platform.errors;

/** An edit made against an older version of a record: refused, never silently overwritten. */
public class StaleEditException extends RuntimeException {
    public StaleEditException(String message) {
        super(message);
    }
}
