package org.openepr.clinics.domain;

import org.openepr.platform.errors.InvalidInputException;

/** A clinic or booking rule refused the action; the message says which rule, and the field names where. */
public class BookingRuleException extends InvalidInputException {

    public BookingRuleException(String field, String message) {
        super(field, message);
    }

    public String field() {
        return problems().get(0).field();
    }

    /** The rule's own words, without the field name. */
    @Override
    public String getMessage() {
        return problems().get(0).message();
    }
}
