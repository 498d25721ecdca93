package org.openepr.discharge.application.episodes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.patients.api.PatientSummary;

/** One episode as screens and the API show it: the episode, its ward stays and leave (oldest first; none in the community). */
public record EpisodeView(PatientSummary patient, EpisodeOfCare episode, List<WardStay> stays, List<LeaveOfAbsence> leave, Instant asAt) {

    public boolean isInpatient() {
        return episode.kind() == EpisodeKind.INPATIENT;
    }

    public boolean isOpen() {
        return episode.isOpen();
    }

    public Optional<LeaveOfAbsence> currentLeave() {
        return leave.stream().filter(LeaveOfAbsence::isOpen).findFirst();
    }

    /** Away from the ward now. */
    public boolean isOnLeave() {
        return currentLeave().isPresent();
    }

    /** For views: the leave now, or null. */
    public LeaveOfAbsence getLeaveNow() {
        return currentLeave().orElse(null);
    }

    /** On the current ward since (admission or the last transfer in); the start for a community episode. */
    public Instant getOnWardSince() {
        return stays.isEmpty() ? episode.startedAt() : stays.get(stays.size() - 1).from();
    }

    public boolean isOverdueBack() {
        return currentLeave().map(l -> l.isOverdue(asAt)).orElse(false);
    }
}
