package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LeaveKind;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/** Leave from the ward during an admission: when it starts (with when the patient is due back), and their return. */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class RecordLeave {

    @Inject
    EpisodeChanges changes;

    @Inject
    EpisodeRepository episodes;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** As typed: the kind of leave (its name), start date and time, due back date and time (optional). */
    public record LeaveForm(String kind, String startDate, String startTime, String dueBackDate, String dueBackTime) {
    }

    public Admission start(UUID episodeId, int versionSeen, UUID submission, LeaveForm form) {
        Admission admission = changes.admission(episodeId);
        if (admission.episode().lastChangedBy(submission)) {
            return admission; // the same form sent twice
        }
        changes.checkVersion(admission.episode(), versionSeen);
        InputCheck check = new InputCheck();
        LeaveKind kind = check.field("kind", () -> InputCheck.choice(LeaveKind.class, "Kind of leave", form.kind(), true));
        Instant start = check.field("leaveStart", () -> EpisodeInput.at("Leave start", form.startDate(), form.startTime()));
        boolean noDueBack = (form.dueBackDate() == null || form.dueBackDate().isBlank()) && (form.dueBackTime() == null || form.dueBackTime().isBlank());
        Instant dueBack = noDueBack ? null : check.field("dueBack", () -> EpisodeInput.at("Due back", form.dueBackDate(), form.dueBackTime()));
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        LeaveOfAbsence leave = admission.startLeave(submission, kind, start, dueBack, by, now);
        admission.episode().changed(submission, by, now);
        episodes.add(leave);
        episodes.flush();
        audit.record(EpisodesAudit.LEAVE_STARTED, episodeId, admission.episode().patientId(), kind.label() + " from " + UkDates.dateTime(start)
                + (dueBack == null ? "" : ", due back " + UkDates.dateTime(dueBack)));
        return admission;
    }

    public Admission end(UUID episodeId, int versionSeen, UUID submission, String date, String time) {
        Admission admission = changes.admission(episodeId);
        if (admission.episode().lastChangedBy(submission)) {
            return admission;
        }
        changes.checkVersion(admission.episode(), versionSeen);
        InputCheck check = new InputCheck();
        Instant at = check.field("leaveEnd", () -> EpisodeInput.at("Returned", date, time));
        check.throwIfAny();
        String by = trust.caller().userId();
        Instant now = clock.instant();
        LeaveOfAbsence leave = admission.endLeave(at, by, now);
        admission.episode().changed(submission, by, now);
        episodes.flush();
        audit.record(EpisodesAudit.LEAVE_ENDED, episodeId, admission.episode().patientId(), leave.kind().label() + " from "
                + UkDates.dateTime(leave.startsAt()) + ", back " + UkDates.dateTime(at));
        return admission;
    }
}
