package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Discharge summaries as the API gives them: the Composition (the last signed version, or the draft while none is
 * signed), each signed version, a patient's summaries by status, and the signed document Bundle. Every read audited.
 */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class SummaryDocumentReads {

    /** Where a summary stands, in FHIR's words: preliminary (never signed), final (version 1), amended (a later version). */
    public enum Status { PRELIMINARY, FINAL, AMENDED }

    /** A Composition as JSON, with its status and (signed) version number. */
    public record CompositionJson(UUID id, Status status, int version, String json) {
    }

    @Inject
    SummaryRepository summaries;

    @Inject
    SummaryFacts facts;

    @Inject
    SummaryDocuments documents;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    public CompositionJson composition(UUID summaryId) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        CompositionJson c = current(s);
        audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(), "API: Composition, " + c.status().name().toLowerCase());
        return c;
    }

    public CompositionJson version(UUID summaryId, int number) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        SummaryVersion v = summaries.version(summaryId, number).orElseThrow(() -> new RecordNotFoundException("version"));
        audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(), "API: Composition version " + number);
        return signed(s, v);
    }

    /** The patient's summaries, newest discharge first, those in the given status only if one is given. */
    public List<CompositionJson> search(UUID patientId, Optional<Status> status) {
        patients.require(patientId);
        List<CompositionJson> found = summaries.forPatient(patientId, ReadSummaries.LISTED).stream()
                .filter(s -> status.map(st -> statusOf(s) == st).orElse(true)).map(this::current).toList();
        audit.record(SummaryAudit.SUMMARIES_LISTED, null, patientId, "API: " + found.size() + " Composition(s)");
        return found;
    }

    /** The document Bundle of a signed version, exactly as signed. */
    public String bundle(UUID bundleId) {
        SummaryVersion v = summaries.versionByBundle(bundleId).orElseThrow(() -> new RecordNotFoundException("Bundle"));
        DischargeSummary s = summaries.find(v.summaryId()).orElseThrow(() -> new RecordNotFoundException("Bundle"));
        audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(), "API: document Bundle of version " + v.number());
        return v.document();
    }

    /** The same, found by its identifier (a search: none is an empty answer, not an error). */
    public Optional<String> bundleByIdentifier(UUID bundleId) {
        Optional<SummaryVersion> v = summaries.versionByBundle(bundleId);
        v.flatMap(version -> summaries.find(version.summaryId())).ifPresent(s -> audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(),
                "API: document Bundle of version " + v.get().number()));
        return v.map(SummaryVersion::document);
    }

    private CompositionJson current(DischargeSummary s) {
        if (s.signedVersion() == 0) {
            return new CompositionJson(s.id(), Status.PRELIMINARY, 0, documents.composition(facts.ofDraft(s)));
        }
        SummaryVersion last = summaries.version(s.id(), s.signedVersion()).orElseThrow(() -> new RecordNotFoundException("version"));
        return signed(s, last);
    }

    private CompositionJson signed(DischargeSummary s, SummaryVersion v) {
        return new CompositionJson(s.id(), v.number() == 1 ? Status.FINAL : Status.AMENDED, v.number(), documents.composition(facts.of(s, v)));
    }

    private static Status statusOf(DischargeSummary s) {
        return s.signedVersion() == 0 ? Status.PRELIMINARY : s.signedVersion() == 1 ? Status.FINAL : Status.AMENDED;
    }
}
