package org.openepr.platform.trust;

/** Clinical data was asked for outside a trust: a hosting operator, or a user who has not chosen one. */
public class NoTrustBoundException extends RuntimeException {
    public NoTrustBoundException() {
        super("No trust is selected for this request, so no patient data can be read or changed");
    }
}
