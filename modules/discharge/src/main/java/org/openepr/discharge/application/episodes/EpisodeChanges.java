package org.openepr.discharge.application.episodes;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.time.UkDates;

/** Finding the episode a change is for, and refusing a change made against an older version of it. */
@Dependent
class EpisodeChanges {

    @Inject
    EpisodeRepository episodes;

    @Inject
    PatientDirectory patients;

    @Inject
    StaffDirectory staff;

    /** An admission of a patient of this trust; anything else (another trust's, a community episode) is no admission. */
    Admission admission(UUID episodeId) {
        Admission a = episodes.admission(episodeId).orElseThrow(() -> new RecordNotFoundException("admission"));
        patients.find(a.episode().patientId()).orElseThrow(() -> new RecordNotFoundException("admission"));
        return a;
    }

    EpisodeOfCare episode(UUID episodeId) {
        EpisodeOfCare e = episodes.find(episodeId).orElseThrow(() -> new RecordNotFoundException("episode of care"));
        patient(e);
        return e;
    }

    PatientSummary patient(EpisodeOfCare e) {
        return patients.find(e.patientId()).orElseThrow(() -> new RecordNotFoundException("episode of care"));
    }

    /** The version the form was opened on must still be the episode's: else refused, saying who changed it and when. */
    void checkVersion(EpisodeOfCare e, int versionSeen) {
        if (e.version() != versionSeen) {
            throw new StaleEditException("This " + (e.kind() == EpisodeKind.INPATIENT ? "admission" : "episode")
                    + " was changed by " + staff.nameOf(e.changedBy()) + " at " + UkDates.dateTime(e.changedAt())
                    + " after you opened it: nothing was saved. Look at it again and redo your change.");
        }
    }
}
