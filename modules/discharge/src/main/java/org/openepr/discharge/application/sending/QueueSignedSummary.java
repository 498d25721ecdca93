package org.openepr.discharge.application.sending;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.GpTransport;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.discharge.domain.sending.TransferOfCareMessage;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.persistence.Uuids;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The transactional outbox: a signed version is queued in the signing transaction itself (the event is synchronous),
 * with the message exactly as it will be sent, so a signature is never saved without its letter, nor a letter without
 * its signature. No registered GP practice: the manual route, on the manual-handling list. Whoever may sign may queue
 * (the signing use case decides who signs).
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class QueueSignedSummary {

    private static final Logger LOG = Logger.getLogger(QueueSignedSummary.class.getName());

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

    public void onSigned(@Observes SummarySigned signed) {
        DispatchKey key = new DispatchKey(signed.summaryId(), signed.version());
        if (dispatches.find(key).isPresent()) {
            LOG.info(() -> "Summary version " + key + " is already queued"); // the same signature announced twice: one letter
            return;
        }
        Instant now = clock.instant();
        UUID id = Uuids.timeOrdered(now.toEpochMilli());
        String payload = TransferOfCareMessage.of(signed, trust.requireTrust(), transport.mailboxOf(trust.requireTrust()), id);
        Dispatch dispatch = Dispatch.queue(id, signed, payload, now);
        dispatches.add(dispatch);
        audit.record(SendingAudit.SUMMARY_QUEUED, id, signed.patientId(), "version " + signed.version()
                + (signed.replacesVersion() == null ? "" : " replacing version " + signed.replacesVersion())
                + (dispatch.route() == Route.MESH ? ", to GP practice " + signed.gpPractice() : ", no registered GP practice: manual handling"));
    }
}
