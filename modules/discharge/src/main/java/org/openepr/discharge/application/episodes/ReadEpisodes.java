package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** A patient's episodes of care, or one episode, with ward stays and leave. Read by those who treat; every read audited. */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class ReadEpisodes {

    /** Far beyond a lifetime's episodes; the bound keeps a runaway record from loading without end. */
    static final int MOST = 200;

    @Inject
    EpisodeRepository episodes;

    @Inject
    PatientDirectory patients;

    @Inject
    EpisodeViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PatientEpisodes ofPatient(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<EpisodeOfCare> found = episodes.ofPatient(patientId, MOST);
        Instant now = clock.instant();
        audit.record(EpisodesAudit.EPISODES_VIEWED, null, patientId, found.size() + " episodes, "
                + found.stream().filter(EpisodeOfCare::isOpen).count() + " open");
        return new PatientEpisodes(patient, views.of(patient, found, now), now);
    }

    /** One episode; another trust's, or one whose patient is not in the index, is not found. */
    public EpisodeView episode(UUID episodeId) {
        EpisodeOfCare e = episodes.find(episodeId).orElseThrow(() -> new RecordNotFoundException("episode of care"));
        PatientSummary patient = patients.find(e.patientId()).orElseThrow(() -> new RecordNotFoundException("episode of care"));
        audit.record(EpisodesAudit.EPISODES_VIEWED, e.id(), e.patientId(), e.kind().label() + ", " + e.place() + (e.isOpen() ? ", open" : ", ended"));
        return views.of(patient, e, clock.instant());
    }
}
