package org.openepr.discharge.domain.summary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.domain.UnsignedSummaries;
import org.openepr.platform.persistence.Repository;

/** Discharge summaries, their signed versions and saves, within the current trust. */
public interface SummaryRepository extends Repository {

    Optional<DischargeSummary> find(UUID id);

    /** The summary, locked until the transaction ends: two saves at once are served one after the other. */
    Optional<DischargeSummary> lock(UUID id);

    Optional<DischargeSummary> forEpisode(UUID episodeId);

    /** The patient's summaries, newest discharge first, at most {@code max}. */
    List<DischargeSummary> forPatient(UUID patientId, int max);

    /** Per unsigned state: how many, the oldest, and how many have waited since before the cut. */
    List<UnsignedSummaries.Waiting> countUnsigned(Instant cut);

    /** Unsigned since before the cut, longest waiting first. */
    List<DischargeSummary> unsignedSince(Instant cut, int max);

    /** Unsigned summaries a clinician is responsible for, longest waiting first. */
    List<DischargeSummary> unsignedFor(String clinician, int max);

    List<SummaryVersion> versions(UUID summaryId);

    Optional<SummaryVersion> version(UUID summaryId, int number);

    Optional<SummaryVersion> versionByBundle(UUID bundleId);

    Optional<SummarySave> save(UUID saveId);

    void add(DischargeSummary summary);

    void add(SummaryVersion version);

    void add(SummarySave save);

    /** Writes now, so a clash (a repeated draft of one episode) surfaces inside the use case. */
    void flush();
}
