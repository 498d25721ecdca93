package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.UnsignedSummaries;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * Drafting's side of tracking: the trust's summaries not yet signed, each since its discharge (or the start of its
 * correction) and with its responsible clinician, longest waiting first, for the dashboard that nobody can hide them from.
 */
@UseCase
@ReadsOnly
// every staff role of the trust: the dashboard that lists them hides nothing from anyone (issue 10)
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class TrustUnsignedSummaries implements UnsignedSummaries {

    @Inject
    SummaryRepository summaries;

    @Inject
    AuditTrail audit;

    @Override
    public List<Waiting> countByState(Instant cut) {
        return summaries.countUnsigned(cut);
    }

    @Override
    public List<TrackedSummary> waitingSince(Instant cut, int max) {
        List<TrackedSummary> waiting = summaries.unsignedSince(cut, max).stream().map(s -> new TrackedSummary(s.id(), s.signedVersion() + 1,
                s.patientId(), s.state(), s.stateSince(), s.responsibleClinician(), s.isCorrection() ? "Correction of version " + s.signedVersion() : null))
                .toList();
        audit.record(SummaryAudit.SUMMARIES_LISTED, null, null, "unsigned since before " + UkDates.dateTime(cut) + ", longest waiting: " + waiting.size());
        return waiting;
    }
}
