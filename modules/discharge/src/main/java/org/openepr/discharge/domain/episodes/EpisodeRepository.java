package org.openepr.discharge.domain.episodes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.persistence.Repository;

/** Episodes of care of the current trust, with their ward stays and leave. */
public interface EpisodeRepository extends Repository {

    Optional<EpisodeOfCare> find(UUID id);

    /** An inpatient episode with its stays and leave; empty for a community episode or none. */
    Optional<Admission> admission(UUID episodeId);

    Optional<EpisodeOfCare> openAdmissionOf(UUID patientId);

    /** The patient's open community episode in a service, by the service's key ({@link EpisodeOfCare#keyOf}). */
    Optional<EpisodeOfCare> openInService(UUID patientId, String serviceKey);

    /** The episode that accepted a waiting-list referral, if one did. */
    Optional<EpisodeOfCare> acceptedFrom(UUID referralId);

    /** Newest first, at most {@code limit}. */
    List<EpisodeOfCare> ofPatient(UUID patientId, int limit);

    /** The ward stays of these episodes, oldest first. */
    List<WardStay> staysOf(Collection<UUID> episodeIds);

    /** The leave of these episodes, oldest first. */
    List<LeaveOfAbsence> leaveOf(Collection<UUID> episodeIds);

    /** Open admissions on a ward, longest there first, at most {@code limit}. */
    List<EpisodeOfCare> onWard(UUID wardId, int limit);

    void add(EpisodeOfCare episode);

    void add(WardStay stay);

    void add(LeaveOfAbsence leave);

    /** Writes pending changes now, so the database's own refusals are answered in the use case, not at commit. */
    void flush();
}
