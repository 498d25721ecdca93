package org.openepr.discharge.application.episodes;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.patients.api.PatientSummary;

/** Episodes with their ward stays and leave, in two queries however many episodes there are. */
@Dependent
class EpisodeViews {

    @Inject
    EpisodeRepository episodes;

    List<EpisodeView> of(PatientSummary patient, List<EpisodeOfCare> found, Instant asAt) {
        return of(Map.of(patient.id(), patient), found, asAt);
    }

    /** Episodes of several patients (a ward's), each with its patient. */
    List<EpisodeView> of(Map<UUID, PatientSummary> patients, List<EpisodeOfCare> found, Instant asAt) {
        List<UUID> admissions = found.stream().filter(e -> e.kind() == EpisodeKind.INPATIENT).map(EpisodeOfCare::id).toList();
        Map<UUID, List<WardStay>> stays = admissions.isEmpty() ? Map.of()
                : episodes.staysOf(admissions).stream().collect(Collectors.groupingBy(WardStay::episodeId));
        Map<UUID, List<LeaveOfAbsence>> leave = admissions.isEmpty() ? Map.of()
                : episodes.leaveOf(admissions).stream().collect(Collectors.groupingBy(LeaveOfAbsence::episodeId));
        return found.stream().map(e -> new EpisodeView(patients.get(e.patientId()), e, stays.getOrDefault(e.id(), List.of()), leave.getOrDefault(e.id(), List.of()), asAt))
                .toList();
    }

    EpisodeView of(PatientSummary patient, EpisodeOfCare episode, Instant asAt) {
        return of(patient, List.of(episode), asAt).get(0);
    }
}
