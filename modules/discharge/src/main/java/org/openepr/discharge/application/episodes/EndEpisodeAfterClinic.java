package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openepr.clinics.api.DischargedFromClinic;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * A clinic discharged the patient from its service: their open community episode in that service, if they have one,
 * ends then (with the case record's legal status now, or the one it started with), inside the clinic outcome's
 * transaction. Only when a clinician records the outcome: an episode's end sets off the discharge summary, which a
 * clinician drafts; when a booking clerk records it, the episode stays open for its team to discharge.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class EndEpisodeAfterClinic {

    @Inject
    EpisodeRepository episodes;

    @Inject
    LegalStatusDefaults legalStatus;

    @Inject
    Endings endings;

    @Inject
    Clock clock;

    public Optional<EpisodeOfCare> discharged(DischargedFromClinic clinic) {
        Optional<EpisodeOfCare> open = episodes.openInService(clinic.patientId(), EpisodeOfCare.keyOf(clinic.service()));
        open.ifPresent(e -> {
            LegalStatusClassification legal = Optional.ofNullable(legalStatus.of(e.patientId(), "discharge from clinic").suggested())
                    .orElse(e.legalStatusAtStart());
            String how = clinic.backToReferrer() ? "Discharged back to the referrer from clinic" : "Discharged from clinic";
            Instant now = clock.instant();
            e.dischargeFromService(clinic.at(), legal, how, clinic.by(), now);
            e.changed(clinic.booking(), clinic.by(), now);
            episodes.flush();
            endings.ended(e, how);
        });
        return open;
    }
}
