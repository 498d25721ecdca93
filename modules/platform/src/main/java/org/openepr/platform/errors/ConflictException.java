package org.openepr.platform.errors;

/** The action clashes with a record that exists already, e.g. an NHS number registered twice in a trust. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
