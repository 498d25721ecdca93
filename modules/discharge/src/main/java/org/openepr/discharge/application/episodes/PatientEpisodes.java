package org.openepr.discharge.application.episodes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openepr.patients.api.PatientSummary;

/** A patient's episodes of care, newest first, as their page shows them. */
public record PatientEpisodes(PatientSummary patient, List<EpisodeView> episodes, Instant asAt) {

    public List<EpisodeView> open() {
        return episodes.stream().filter(EpisodeView::isOpen).toList();
    }

    public List<EpisodeView> ended() {
        return episodes.stream().filter(e -> !e.isOpen()).toList();
    }

    public Optional<EpisodeView> openAdmission() {
        return episodes.stream().filter(e -> e.isOpen() && e.isInpatient()).findFirst();
    }

    public boolean isAdmitted() {
        return openAdmission().isPresent();
    }
}
