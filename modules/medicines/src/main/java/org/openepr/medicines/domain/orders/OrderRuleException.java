package org.openepr.medicines.domain.orders;

import java.util.function.UnaryOperator;

/** An action the order's state does not allow, in words for the user ("This order was verified by ..."). */
public class OrderRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final String staffId;

    public OrderRuleException(String message) {
        this(message, null);
    }

    /** @param template the message with {@code %s} where the staff member {@code staffId} is named */
    public OrderRuleException(String template, String staffId) {
        super(staffId == null ? template : String.format(template, staffId));
        this.template = template;
        this.staffId = staffId;
    }

    /** The message with the staff member named as {@code names} gives them: a user id means nothing to a user. */
    public String inWords(UnaryOperator<String> names) {
        return staffId == null ? getMessage() : String.format(template, names.apply(staffId));
    }
}
