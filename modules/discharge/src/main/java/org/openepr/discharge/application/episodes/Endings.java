package org.openepr.discharge.application.episodes;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.time.UkDates;

/**
 * An episode has ended: audited, and {@link EpisodeEnded} fired synchronously inside the discharge's transaction, so
 * what the rest of discharge does about it (drafting the summary) is saved with the discharge or not at all.
 */
@Dependent
class Endings {

    @Inject
    Event<EpisodeEnded> ended;

    @Inject
    AuditTrail audit;

    void ended(EpisodeOfCare e, String how) {
        boolean inpatient = e.kind() == EpisodeKind.INPATIENT;
        audit.record(inpatient ? EpisodesAudit.DISCHARGED_FROM_WARD : EpisodesAudit.DISCHARGED_FROM_SERVICE, e.id(), e.patientId(),
                "discharged from " + e.place() + " at " + UkDates.dateTime(e.endedAt()) + ", legal status " + e.legalStatusAtEnd().label()
                        + (how == null ? "" : ": " + how));
        ended.fire(new EpisodeEnded(e.id(), e.patientId(), inpatient, e.place(), e.startedAt(), e.endedAt(), e.responsibleClinician(),
                e.legalStatusAtStart().code(), e.legalStatusAtEnd().code(), e.endedBy()));
    }
}
