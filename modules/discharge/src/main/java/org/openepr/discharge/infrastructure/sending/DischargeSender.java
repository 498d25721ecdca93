package org.openepr.discharge.infrastructure.sending;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.sending.SendSummaries;
import org.openepr.discharge.domain.sending.GpTransport;
import org.openepr.discharge.domain.sending.GpTransport.TransportException;
import org.openepr.discharge.domain.sending.ItkResponse;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.BackgroundWork;
import org.openepr.platform.trust.TrustRegistry;

/**
 * The sender: every few seconds, for each active trust that has taken discharge, as that trust's background work
 * (both trust locks bound, row-level security applying), it sends what is due and reads the practices' answers.
 * Everything it knows is in the database, so a restart resumes where it stopped, and several servers may run it at
 * once: a dispatch is claimed (FOR UPDATE SKIP LOCKED, and a lease committed before sending) by one at a time.
 */
@ApplicationScoped
public class DischargeSender {

    private static final Logger LOG = Logger.getLogger(DischargeSender.class.getName());
    static final String WORKER = "discharge-sender";
    /** At most this many sends per trust per round, so one trust's backlog does not starve the others. */
    static final int SENDS_PER_ROUND = 50;
    static final int ANSWERS_PER_ROUND = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TransportSettings settings;

    @Inject
    GpTransport transport;

    @Inject
    TrustRegistry trusts;

    @Inject
    BackgroundWork background;

    @Inject
    SendSummaries send;

    private volatile ScheduledFuture<?> rounds;

    void start(@Observes PlatformReady ready) {
        if (!transport.configured()) {
            LOG.warning("No GP transport configured (mesh.url): signed discharge summaries stay queued until it is");
            return;
        }
        long every = settings.poll().toMillis();
        rounds = scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Discharge summaries are sent to " + settings.url() + " every " + every + " ms");
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> r = rounds;
        if (r != null) {
            r.cancel(false);
        }
    }

    /** One round over the trusts; a failure in one trust is logged and the others go on (the task must never die). */
    void round() {
        List<OdsCode> taking;
        try {
            taking = trusts.all().stream().filter(t -> t.isActive() && t.modules().contains(DischargeModule.NAME))
                    .map(TrustRegistry.TrustView::odsCode).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Discharge sender: could not list the trusts", e);
            return;
        }
        for (OdsCode trust : taking) {
            try {
                background.inTrust(trust, WORKER, () -> {
                    sendDue();
                    readAnswers(trust);
                    return null;
                });
            } catch (TransportException e) {
                LOG.fine(() -> "Discharge sender, trust " + trust + ": " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Discharge sender, trust " + trust + ": " + e.getMessage(), e);
            }
        }
    }

    /** One due dispatch at a time: claimed (committed), sent, its outcome recorded. Stops at the first transport error. */
    private void sendDue() {
        for (int i = 0; i < SENDS_PER_ROUND; i++) {
            List<SendSummaries.Transmission> claimed = send.claimDue(1, settings.lease());
            if (claimed.isEmpty()) {
                return;
            }
            SendSummaries.Transmission t = claimed.get(0);
            String messageId;
            try {
                messageId = transport.send(t.message());
            } catch (TransportException e) {
                send.notSent(t, e.getMessage(), settings.backoff());
                return; // the mailbox is unwell: the rest wait for the next round
            }
            send.sent(t, messageId);
        }
    }

    /** Each answer saved, then removed from the mailbox: one read twice (a crash in between) changes nothing. */
    private void readAnswers(OdsCode trust) {
        for (String id : transport.inbox(trust, ANSWERS_PER_ROUND)) {
            Optional<ItkResponse> response = transport.read(trust, id);
            if (response.isPresent() && !send.answered(response.get())) {
                LOG.warning(() -> "An ITK3 answer in " + transport.mailboxOf(trust) + " names no summary of trust " + trust + ": "
                        + response.get().key());
            }
            transport.acknowledge(trust, id);
        }
    }
}
