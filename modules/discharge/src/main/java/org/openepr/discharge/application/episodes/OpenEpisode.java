package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.time.UkDates;

/**
 * One episode as its page opens it: the episode with its stays and leave and, while it is open, what its forms offer
 * (open wards, the trust's clinicians, the legal status now from the case record). Audited.
 */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class OpenEpisode {

    @Inject
    EpisodeChanges changes;

    @Inject
    EpisodeViews views;

    @Inject
    WardRepository wards;

    @Inject
    StaffDirectory staff;

    @Inject
    LegalStatusDefaults legalStatus;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The episode and its forms' choices; none (and no legal status read) once it has ended. */
    public record EpisodeForms(EpisodeView episode, LegalStatusSuggestion legalStatus, List<Ward> wards, List<StaffMember> clinicians) {
    }

    public EpisodeForms open(UUID episodeId) {
        EpisodeOfCare e = changes.episode(episodeId);
        Instant now = clock.instant();
        audit.record(EpisodesAudit.EPISODES_VIEWED, e.id(), e.patientId(), e.kind().label() + ", " + e.place() + " from " + UkDates.dateTime(e.startedAt())
                + (e.isOpen() ? ", open" : ", ended"));
        EpisodeView view = views.of(changes.patient(e), e, now);
        if (!e.isOpen()) {
            return new EpisodeForms(view, new LegalStatusSuggestion(null, null), List.of(), List.of());
        }
        return new EpisodeForms(view, legalStatus.of(e.patientId(), "episode of care page"), wards.all().stream().filter(w -> !w.isClosed()).toList(),
                EpisodeInput.clinicians(staff.all()));
    }
}
