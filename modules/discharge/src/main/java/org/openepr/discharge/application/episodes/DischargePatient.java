package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;

/**
 * Discharges a patient from a ward (an admission ends, with leave still open) or from a service's caseload (a community
 * episode ends), at a time, with the legal status at discharge; {@link EpisodeEnded} is fired in the same transaction.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class DischargePatient {

    @Inject
    EpisodeChanges changes;

    @Inject
    EpisodeRepository episodes;

    @Inject
    Endings endings;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: date and time, legal status at discharge (its name or code), and why (a community discharge; optional). */
    public record DischargeForm(String date, String time, String legalStatus, String reason) {
    }

    public EpisodeOfCare discharge(UUID episodeId, int versionSeen, UUID submission, DischargeForm form) {
        EpisodeOfCare e = changes.episode(episodeId);
        if (e.lastChangedBy(submission)) {
            return e; // the same form sent twice
        }
        changes.checkVersion(e, versionSeen);
        InputCheck check = new InputCheck();
        Instant at = check.field("dischargedOn", () -> EpisodeInput.at("Discharged", form.date(), form.time()));
        LegalStatusClassification legal = check.field("legalStatus", () -> EpisodeInput.legalStatus(form.legalStatus()));
        String reason = check.field("reason", () -> InputCheck.text("Reason", form.reason(), 200, false));
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        if (e.kind() == EpisodeKind.INPATIENT) {
            changes.admission(episodeId).discharge(at, legal, by, now);
        } else {
            e.dischargeFromService(at, legal, reason == null ? "Discharged by the team" : reason, by, now);
        }
        e.changed(submission, by, now);
        episodes.flush();
        endings.ended(e, reason);
        return e;
    }
}
