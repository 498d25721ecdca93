package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.time.Clock;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.patients.api.PatientDetails;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * Drafts the discharge summary of an episode that has ended, from the record, inside the discharge's own transaction
 * (so there is never a discharge without its draft). An episode is drafted once: the same discharge again finds its
 * summary.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER})
public class DraftSummary {

    @Inject
    SummaryRepository summaries;

    @Inject
    PatientDirectory patients;

    @Inject
    DraftWriter writer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public DischargeSummary draft(EpisodeEnded episode) {
        if (episode.started() == null || episode.ended() == null || episode.ended().isBefore(episode.started())) {
            throw new InvalidInputException("ended", "A discharge cannot be before the admission or referral it ends");
        }
        var earlier = summaries.forEpisode(episode.episodeId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        PatientDetails patient = patients.details(episode.patientId()).orElseThrow(() -> new RecordNotFoundException("patient"));
        SummaryContent content = writer.write(episode, patient);
        DischargeSummary summary = DischargeSummary.draft(episode, content, clock.instant());
        summaries.add(summary);
        summaries.flush();
        // the episode in words, not by its id: the line stays true in a trail moved to another trust (where ids change)
        audit.record(SummaryAudit.SUMMARY_DRAFTED, summary.id(), summary.patientId(), (episode.inpatient() ? "admission" : "episode") + " at "
                + summary.place() + " ended " + UkDates.dateTime(episode.ended()) + "; "
                + (content.emptyMandatory().isEmpty() ? "every mandatory heading filled from the record"
                        : content.emptyMandatory().size() + " mandatory heading(s) for the clinician to add"));
        return summary;
    }
}
