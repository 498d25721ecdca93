package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Discharge summaries for the whole-trust export (the background worker only): each summary's Composition as the API
 * reads it (the last signed version, or the draft), and each signed version's document Bundle exactly as signed.
 */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class SummariesForExport {

    /** A signed version's document: the Bundle the API serves by its id; with the version as signed and its summary, for the import. */
    public record SignedDocument(String key, String bundleJson, UUID summaryId, SummaryVersion.Imported version) {
    }

    /** A summary's Composition, with the summary as it stands and its episode, for the import. */
    public record ExportedSummary(SummaryDocumentReads.CompositionJson composition, UUID episodeId, DischargeSummary.Imported summary) {
    }

    static final String SIGNED = "e.document is not null";

    @Inject
    RecordPages pages;

    @Inject
    SummaryRepository summaries;

    @Inject
    SummaryFacts facts;

    @Inject
    SummaryDocuments documents;

    /** Composition JSON per summary, keyed by the summary's id. */
    public List<ExportedSummary> compositionsAfter(String key, int size) {
        return pages.after(DischargeSummary.class, key, size).stream()
                .map(s -> new ExportedSummary(current(s), s.episodeId(), s.toImported())).toList();
    }

    public List<SignedDocument> documentsAfter(String key, int size) {
        return pages.after(SummaryVersion.class, SIGNED, key, size).stream()
                .map(v -> new SignedDocument(v.id().toString(), v.document(), v.summaryId(), v.toImported())).toList();
    }

    public long countSummaries() {
        return pages.count(DischargeSummary.class);
    }

    public long countDocuments() {
        return pages.count(SummaryVersion.class, SIGNED);
    }

    private SummaryDocumentReads.CompositionJson current(DischargeSummary s) {
        if (s.signedVersion() == 0) {
            return new SummaryDocumentReads.CompositionJson(s.id(), SummaryDocumentReads.Status.PRELIMINARY, 0,
                    documents.composition(facts.ofDraft(s)));
        }
        SummaryVersion last = summaries.version(s.id(), s.signedVersion()).orElseThrow();
        return new SummaryDocumentReads.CompositionJson(s.id(), last.number() == 1 ? SummaryDocumentReads.Status.FINAL
                : SummaryDocumentReads.Status.AMENDED, last.number(), documents.composition(facts.of(s, last)));
    }
}
