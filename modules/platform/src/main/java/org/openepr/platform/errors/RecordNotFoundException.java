package org.openepr.platform.errors;

/**
 * No such record in the current trust. Also what another trust's record looks like,
 * so the message never tells whether a record exists elsewhere.
 */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String what) {
        super("No such " + what);
    }
}
