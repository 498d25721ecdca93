package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** A summary printed: a signed version as signed, or (version 0) the draft as it stands, marked as a draft. Audited. */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class PrintSummary {

    /** Renders a summary's document (infrastructure: the platform's PrintedDocument). */
    public interface Printer {
        byte[] render(SummaryDocuments.Facts facts, String printedBy, java.time.Instant printedAt);
    }

    @Inject
    SummaryRepository summaries;

    @Inject
    SummaryFacts facts;

    @Inject
    AuditTrail audit;

    public SummaryDocuments.Facts facts(UUID summaryId, int version) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        SummaryDocuments.Facts printed;
        if (version == 0) {
            printed = facts.ofDraft(s);
        } else {
            SummaryVersion v = summaries.version(summaryId, version).orElseThrow(() -> new RecordNotFoundException("version"));
            printed = facts.of(s, v);
        }
        audit.record(SummaryAudit.SUMMARY_PRINTED, s.id(), s.patientId(), version == 0 ? "the draft" : "signed version " + version);
        return printed;
    }
}
