package org.openepr.discharge.domain.sending;

import java.util.List;
import java.util.Optional;
import org.openepr.platform.identity.OdsCode;

/**
 * The way to GP practices, shaped like the NHS's: MESH mailboxes carrying ITK3 messages. We send to the practice's
 * mailbox and read the practice's acknowledgements from our own (one mailbox per trust). The address and credentials
 * are the instance's configuration; outside the product, so tests use a stand-in.
 */
public interface GpTransport {

    String WORKFLOW = "TOC_FHIR_MH_DISCH";
    String ACK_WORKFLOW = "TOC_FHIR_MH_DISCH_ACK";

    /** False when the instance has no transport configured: summaries then wait, queued, on the dashboard. */
    boolean configured();

    /** The trust's own mailbox, where the practices' answers arrive. */
    String mailboxOf(OdsCode trust);

    /**
     * Sends one message; returns the mailbox's id for it. Throws {@link TransportException} when it cannot say the
     * message was taken (refused, unavailable, timed out): the caller tries again later with the same local id.
     */
    String send(Outgoing message);

    /** Ids of the messages waiting in the trust's mailbox, at most {@code max}. */
    List<String> inbox(OdsCode trust, int max);

    /** One waiting message as an ITK3 response, or empty if it is not one (it is then acknowledged and logged). */
    Optional<ItkResponse> read(OdsCode trust, String messageId);

    /** Removes a message from the trust's mailbox once its answer is saved. */
    void acknowledge(OdsCode trust, String messageId);

    /** One message as sent: from and to mailboxes, the workflow, our local id (the dispatch key) and the payload. */
    record Outgoing(String from, String to, String workflow, DispatchKey localId, DispatchKey replaces, String payload) {
    }

    /** The transport could not say the message was taken (or could not be read): try again later. */
    class TransportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TransportException(String message) {
            super(message);
        }

        public TransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
