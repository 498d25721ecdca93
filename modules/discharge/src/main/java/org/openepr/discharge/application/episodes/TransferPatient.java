package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Moves an admitted patient to another ward, at a time, under the responsible clinician there. */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class TransferPatient {

    @Inject
    EpisodeChanges changes;

    @Inject
    EpisodeRepository episodes;

    @Inject
    WardRepository wards;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: the ward moved to (its id), date and time, the responsible clinician there (user id). */
    public record TransferForm(String ward, String date, String time, String responsibleClinician) {
    }

    public Admission transfer(UUID episodeId, int versionSeen, UUID submission, TransferForm form) {
        Admission admission = changes.admission(episodeId);
        if (admission.episode().lastChangedBy(submission)) {
            return admission; // the same form sent twice
        }
        changes.checkVersion(admission.episode(), versionSeen);
        var staffNow = staff.all();
        InputCheck check = new InputCheck();
        Ward to = check.field("ward", () -> EpisodeInput.ward(wards, form.ward()));
        Instant at = check.field("transferredOn", () -> EpisodeInput.at("Transferred", form.date(), form.time()));
        StaffMember clinician = check.field("responsibleClinician", () -> EpisodeInput.clinician(staffNow, "Responsible clinician",
                form.responsibleClinician()));
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        String from = admission.currentStay().wardName();
        WardStay stay = admission.transfer(submission, to, at, clinician.userId(), by, now);
        admission.episode().changed(submission, by, now);
        episodes.flush(); // the stay left ends before the next begins: the database keeps one current stay
        episodes.add(stay);
        episodes.flush();
        audit.record(EpisodesAudit.PATIENT_TRANSFERRED, episodeId, admission.episode().patientId(), "from " + from + " to " + to.name() + " at "
                + UkDates.dateTime(at) + " under " + clinician.name());
        return admission;
    }
}
