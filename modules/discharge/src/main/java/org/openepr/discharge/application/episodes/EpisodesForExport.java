package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.export.RecordPages;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Episodes of care (with their stays and leave) in id order, for the whole-trust export (the background worker only). */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = Roles.BACKGROUND)
public class EpisodesForExport {

    /** An admission: what the API also serves as an Encounter. */
    public static final String INPATIENT = "e.kind = org.openepr.discharge.domain.episodes.EpisodeKind.INPATIENT";

    @Inject
    RecordPages pages;

    @Inject
    EpisodeViews views;

    @Inject
    PatientDirectory patients;

    @Inject
    WardRepository wards;

    @Inject
    Clock clock;

    /** Every episode, or with {@code inpatientOnly} the admissions. */
    public List<EpisodeView> after(boolean inpatientOnly, String key, int size) {
        List<EpisodeOfCare> page = pages.after(EpisodeOfCare.class, inpatientOnly ? INPATIENT : null, key, size);
        if (page.isEmpty()) {
            return List.of();
        }
        var people = patients.findAll(page.stream().map(EpisodeOfCare::patientId).distinct().toList());
        return views.of(people, page, clock.instant());
    }

    /** Every ward by id, closed ones too: what an episode's stays name, for the import to set them up again. */
    public Map<UUID, Ward> wards() {
        return wards.all().stream().collect(Collectors.toMap(Ward::id, w -> w));
    }

    /** Every ward, those no episode names and closed ones too, in id order. */
    public List<Ward> wardsAfter(String key, int size) {
        return pages.after(Ward.class, key, size);
    }

    public long wardCount() {
        return pages.count(Ward.class);
    }

    public long count(boolean inpatientOnly) {
        return pages.count(EpisodeOfCare.class, inpatientOnly ? INPATIENT : null);
    }
}
