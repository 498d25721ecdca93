package org.openepr.platform.errors;

/** The caller's roles do not allow the action, or their trust has not taken its module. Answered with 403. */
public class AccessRefusedException extends RuntimeException {
    public AccessRefusedException(String message) {
        super(message);
    }
}
