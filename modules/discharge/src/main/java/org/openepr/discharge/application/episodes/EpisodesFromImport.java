package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * Episodes of care loaded from a whole-trust export into an empty trust (the background worker only), a batch in the
 * import's transaction: each episode with its ward stays and leave as they were recorded there (times, clinicians,
 * legal status at the start and the end, who recorded what), under new ids. History is not re-checked against today's
 * rules, and nothing is announced: an ended episode drafts no summary here (its summary comes with the export). The
 * import job's audit lines and the source's own trail say where they came from, so no line is written per episode.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class EpisodesFromImport {

    /** One episode of the export: the patient's new id, the episode, its stays and leave (oldest first). */
    public record ImportedEpisode(UUID patientId, EpisodeOfCare.Imported episode, List<WardStay.Imported> stays,
            List<LeaveOfAbsence.Imported> leave) {
    }

    @Inject
    EpisodeRepository episodes;

    @Inject
    WardRepository wards;

    /**
     * The ward a stay of the export names, here: the trust's ward of that name if it has one (its admin may have set the
     * wards up before the import), else added under a new id, closed if it was closed there.
     */
    public UUID ward(String name, boolean closed) {
        String key = Ward.keyOf(name);
        var same = wards.all().stream().filter(w -> Ward.keyOf(w.name()).equals(key)).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        Ward ward = new Ward(UUID.randomUUID(), name);
        if (closed) {
            ward.close();
        }
        wards.add(ward);
        wards.flush();
        return ward.id();
    }

    /** The new episode ids, in order; {@code wardIds} maps the export's ward ids to this trust's. */
    public List<UUID> add(List<ImportedEpisode> batch, Map<UUID, UUID> wardIds) {
        List<EpisodeOfCare> made = new ArrayList<>(batch.size());
        for (ImportedEpisode in : batch) {
            EpisodeOfCare.Imported e = in.episode();
            made.add(EpisodeOfCare.imported(UUID.randomUUID(), in.patientId(), e.wardId() == null ? null : ward(wardIds, e.wardId()), e));
        }
        made.forEach(episodes::add);
        episodes.flush(); // the episodes before their stays and leave, which refer to them
        for (int i = 0; i < batch.size(); i++) {
            EpisodeOfCare episode = made.get(i);
            for (WardStay.Imported stay : batch.get(i).stays()) {
                episodes.add(WardStay.imported(UUID.randomUUID(), episode, ward(wardIds, stay.wardId()), stay));
            }
            for (LeaveOfAbsence.Imported leave : batch.get(i).leave()) {
                episodes.add(LeaveOfAbsence.imported(UUID.randomUUID(), episode, leave));
            }
        }
        episodes.flush();
        return made.stream().map(EpisodeOfCare::id).toList();
    }

    private static UUID ward(Map<UUID, UUID> wardIds, UUID old) {
        UUID id = wardIds.get(old);
        if (id == null) {
            throw new IllegalStateException("The export names ward " + old + " without describing it");
        }
        return id;
    }
}
