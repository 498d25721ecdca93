package org.openepr.medicines.domain.orders;

/** An action the order's state does not allow, in words for the user ("This order was verified by ..."). */
public class OrderRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderRuleException(String message) {
        super(message);
    }
}
