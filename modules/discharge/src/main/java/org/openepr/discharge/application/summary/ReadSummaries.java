package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/** Discharge summaries as the screens show them: one summary, a patient's summaries, those awaiting my signature. Every read audited. */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class ReadSummaries {

    /** More than a patient's page lists. */
    public static final int LISTED = 50;

    @Inject
    SummaryRepository summaries;

    @Inject
    SummaryStates states;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    public SummaryView summary(UUID summaryId) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        List<SummaryVersion> versions = summaries.versions(summaryId);
        var shown = states.of(s);
        audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(), "revision " + s.revision() + ", " + versions.size() + " signed version(s)");
        return SummaryView.of(s, patients.find(s.patientId()).orElse(null), versions, shown.state(), shown.since(), shown.reason());
    }

    /** The summary drafted when the episode ended, if any: its id only, for a link (the summary page audits its read). */
    public Optional<UUID> ofEpisode(UUID episodeId) {
        return summaries.forEpisode(episodeId).map(DischargeSummary::id);
    }

    /** A signed version exactly as signed: its headings. */
    public SummaryVersion version(UUID summaryId, int number) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new RecordNotFoundException("summary"));
        SummaryVersion v = summaries.version(summaryId, number).orElseThrow(() -> new RecordNotFoundException("version"));
        audit.record(SummaryAudit.SUMMARY_VIEWED, s.id(), s.patientId(), "signed version " + number);
        return v;
    }

    public List<SummaryListed> forPatient(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<SummaryListed> listed = summaries.forPatient(patientId, LISTED).stream().map(s -> listed(s, patient)).toList();
        audit.record(SummaryAudit.SUMMARIES_LISTED, null, patientId, listed.size() + " discharge summary(ies)");
        return listed;
    }

    /** Unsigned summaries I am the responsible clinician for, longest waiting first. */
    public List<SummaryListed> awaitingMySignature() {
        List<DischargeSummary> mine = summaries.unsignedFor(trust.caller().userId(), LISTED);
        Map<UUID, PatientSummary> people = patients.findAll(mine.stream().map(DischargeSummary::patientId).distinct().toList());
        List<SummaryListed> listed = mine.stream().map(s -> listed(s, people.get(s.patientId()))).toList();
        audit.record(SummaryAudit.SUMMARIES_LISTED, null, null, "awaiting my signature: " + listed.size());
        return listed;
    }

    private SummaryListed listed(DischargeSummary s, PatientSummary patient) {
        var shown = states.of(s);
        return new SummaryListed(s.id(), s.patientId(), patient == null ? "" : patient.displayName(), s.place(), s.episodeEnded(), shown.state(),
                shown.since(), shown.reason(), s.signedVersion(), s.responsibleClinician());
    }
}
