package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.discharge.domain.sending.GpTransport;
import org.openepr.discharge.domain.sending.TransferOfCareMessage;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * The outbox loaded from a whole-trust export into an empty trust (the background worker only), in the import's
 * transaction per batch: each letter in the state it had there, as history. None is ever due here ({@link
 * Dispatch#imported}): a letter the practice has (delivered, accepted) is not sent twice, and one that was still queued
 * or had failed is not sent by this trust on its own either: it shows on the dashboard as late and on the
 * manual-handling list when failed, for staff to follow up. The message is rebuilt from the version's document as it
 * would have been written at signing, so it names the new ids.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class DispatchesFromImport {

    @Inject
    DispatchRepository dispatches;

    @Inject
    SummaryRepository summaries;

    @Inject
    GpTransport transport;

    @Inject
    TrustContext trust;

    /** The new dispatch's id. */
    public UUID add(UUID summaryId, UUID patientId, Dispatch.Imported d) {
        SummaryVersion version = summaries.version(summaryId, d.summaryVersion()).orElseThrow(() -> new IllegalStateException(
                "The export's outbox names version " + d.summaryVersion() + " of summary " + summaryId + ", which it does not hold"));
        UUID id = UUID.randomUUID();
        SummarySigned signed = new SummarySigned(summaryId, d.summaryVersion(), d.replacesVersion(), patientId, d.nhsNumber(), d.gpPractice(),
                version.document(), d.signedBy(), d.signedAt());
        String payload = TransferOfCareMessage.of(signed, trust.requireTrust(), transport.mailboxOf(trust.requireTrust()), id);
        dispatches.add(Dispatch.imported(id, summaryId, patientId, payload, d));
        return id;
    }
}
