package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.SummaryRepository;
import org.openepr.discharge.domain.summary.SummaryVersion;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Discharge summaries loaded from a whole-trust export into an empty trust (the background worker only), in the
 * import's transaction per batch: each summary in the state it had (a draft stays a draft with its text and revision;
 * a signed one stays signed, a correction in progress stays one), and each signed version as signed, with the document
 * exactly as it was sent (only its references pointed at the new ids). Versions stay insert-only; nothing is announced,
 * so no version is queued for the GP again (the outbox's rows come with the export, as they were).
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class SummariesFromImport {

    @Inject
    SummaryRepository summaries;

    /** The new summary's id. */
    public UUID add(UUID patientId, UUID episodeId, DischargeSummary.Imported summary) {
        if (summaries.forEpisode(episodeId).isPresent()) {
            throw new ConflictException("episode", "The export holds two summaries of one episode");
        }
        DischargeSummary s = DischargeSummary.imported(UUID.randomUUID(), patientId, episodeId, summary);
        summaries.add(s);
        return s.id();
    }

    /** A signed version of a summary already loaded; the new version row's id. */
    public UUID addVersion(UUID summaryId, UUID bundleId, String document, SummaryVersion.Imported version) {
        DischargeSummary s = summaries.find(summaryId).orElseThrow(() -> new IllegalStateException("No summary " + summaryId + " for its version"));
        if (version.number() > s.signedVersion()) {
            throw new ConflictException("version", "The export holds version " + version.number() + " of a summary signed up to version "
                    + s.signedVersion());
        }
        SummaryVersion v = SummaryVersion.imported(UUID.randomUUID(), summaryId, bundleId, document, version);
        summaries.add(v);
        return v.id();
    }
}
