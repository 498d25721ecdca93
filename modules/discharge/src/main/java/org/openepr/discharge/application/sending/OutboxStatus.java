package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The trust's outbox as the API shows it (FHIR Task): one dispatch, or a page of them, newest first. */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class OutboxStatus {

    @Inject
    DispatchRepository dispatches;

    @Inject
    AuditTrail audit;

    public record Found(List<Dispatch> page, long total) {
    }

    public Dispatch one(UUID id) {
        Dispatch d = dispatches.find(id).orElseThrow(() -> new RecordNotFoundException("summary dispatch"));
        audit.record(SendingAudit.OUTBOX_VIEWED, d.id(), d.patientId(), "API");
        return d;
    }

    /** The dispatch of one signed version (the summary's page shows it with the summary). */
    public Dispatch of(UUID summaryId, int version) {
        Dispatch d = dispatches.find(new DispatchKey(summaryId, version)).orElseThrow(() -> new RecordNotFoundException("summary dispatch"));
        audit.record(SendingAudit.OUTBOX_VIEWED, d.id(), d.patientId(), "version " + version);
        return d;
    }

    /** A page of the outbox, in one state if given. */
    public Found search(SummaryState state, int offset, int count) {
        List<Dispatch> page = dispatches.page(state, offset, count);
        long total = page.size() < count && offset == 0 ? page.size() : dispatches.count(state);
        audit.record(SendingAudit.OUTBOX_VIEWED, null, null, "API search" + (state == null ? "" : " " + state.name().toLowerCase()));
        return new Found(page, total);
    }
}
