package org.openepr.discharge.domain.sending;

/**
 * One ITK3 acknowledgement read from our mailbox: the message it answers (by its local id, our dispatch key) and
 * its code.
 */
public record ItkResponse(DispatchKey key, ItkCode code) {
}
