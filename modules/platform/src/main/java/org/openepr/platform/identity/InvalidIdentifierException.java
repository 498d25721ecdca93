package org.openepr.platform.identity;

/** An identifier that does not have the shape or check digit its scheme requires. */
public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String message) {
        super(message);
    }
}
