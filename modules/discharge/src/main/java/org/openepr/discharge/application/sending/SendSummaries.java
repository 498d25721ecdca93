package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Backoff;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.GpTransport;
import org.openepr.discharge.domain.sending.ItkResponse;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The sender's steps for one trust, each its own transaction, run by the service itself (background work, never a
 * user): claim what is due (committed before anything is sent), record what the mailbox said, and apply the
 * practices' acknowledgements. Nothing is sent inside a transaction, so a slow mailbox holds no locks.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class SendSummaries {

    @Inject
    DispatchRepository dispatches;

    @Inject
    GpTransport transport;

    @Inject
    TrustContext trust;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One message to send, and the dispatch it belongs to. */
    public record Transmission(UUID dispatchId, int attempt, GpTransport.Outgoing message) {
    }

    /** Up to {@code max} due dispatches, each claimed for {@code lease} (another server skips them meanwhile). */
    public List<Transmission> claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        String from = transport.mailboxOf(trust.requireTrust());
        return dispatches.claimDue(now, max).stream().map(d -> {
            d.claim(now, lease);
            return new Transmission(d.id(), d.attempts(), new GpTransport.Outgoing(from, d.gpPractice(), GpTransport.WORKFLOW, d.key(),
                    d.replacesKey(), d.payload()));
        }).toList();
    }

    public void sent(Transmission t, String messageId) {
        Dispatch d = require(t.dispatchId());
        d.sent(messageId, clock.instant());
        audit.record(SendingAudit.SUMMARY_SENT, d.id(), d.patientId(), "to GP practice " + d.gpPractice() + ", attempt " + t.attempt()
                + ", MESH message " + messageId);
    }

    /** The mailbox did not take it (or did not say so in time): tried again after the backoff, with the same local id. */
    public void notSent(Transmission t, String error, Backoff backoff) {
        Dispatch d = require(t.dispatchId());
        Duration wait = backoff.after(d.attempts(), () -> ThreadLocalRandom.current().nextDouble());
        d.notSent(error, clock.instant(), wait);
        audit.record(SendingAudit.SUMMARY_SEND_RETRIED, d.id(), d.patientId(), "attempt " + t.attempt() + " failed (" + d.lastError()
                + "); next in " + wait.toSeconds() + " s");
    }

    /** An acknowledgement from the practice; false if it names no dispatch of this trust (it is then only logged). */
    public boolean answered(ItkResponse response) {
        var found = dispatches.find(response.key());
        if (found.isEmpty()) {
            return false;
        }
        Dispatch d = found.get();
        if (d.acknowledged(response.code(), clock.instant())) {
            SendingAudit action = switch (d.state()) {
                case ACCEPTED -> SendingAudit.SUMMARY_ACCEPTED;
                case FAILED -> SendingAudit.SUMMARY_FAILED;
                default -> SendingAudit.SUMMARY_DELIVERED;
            };
            audit.record(action, d.id(), d.patientId(), response.code().reason()
                    + (response.code().isDuplicate() && d.state() != SummaryState.FAILED ? " (answering our own retry: the practice has it)" : ""));
        }
        return true;
    }

    private Dispatch require(UUID id) {
        return dispatches.find(id).orElseThrow(() -> new RecordNotFoundException("summary dispatch"));
    }
}
