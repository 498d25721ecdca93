package org.openepr.discharge.domain.episodes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.time.UkDates;

/**
 * An inpatient episode with its ward stays and leave: admitted to a ward, moved between wards, away on leave, and
 * discharged, each at a time that fits what the admission has already recorded. Guards those rules; the database's
 * indexes are the second line (one open admission per patient, one current stay, one open leave).
 */
public final class Admission {

    private final EpisodeOfCare episode;
    private final List<WardStay> stays;
    private final List<LeaveOfAbsence> leaves;

    public Admission(EpisodeOfCare episode, List<WardStay> stays, List<LeaveOfAbsence> leaves) {
        if (episode.kind() != EpisodeKind.INPATIENT) {
            throw new IllegalArgumentException("Not an admission: " + episode.id());
        }
        this.episode = episode;
        this.stays = new ArrayList<>(stays.stream().sorted(Comparator.comparing(WardStay::from)).toList());
        this.leaves = new ArrayList<>(leaves.stream().sorted(Comparator.comparing(LeaveOfAbsence::startsAt)).toList());
    }

    /** Admitted to an open ward at a time not in the future, under a responsible clinician, with the legal status then. */
    public static Admission admit(UUID id, UUID patientId, Ward ward, Instant at, String clinician, LegalStatusClassification legal,
            String by, Instant now) {
        if (ward.isClosed()) {
            throw new RuleRefusedException("ward", ward.name() + " is closed: it takes no admissions");
        }
        EpisodeOfCare episode = EpisodeOfCare.admission(id, patientId, ward, at, clinician, legal, by, now);
        return new Admission(episode, List.of(new WardStay(id, episode, ward, at, clinician, by, now)), List.of());
    }

    /** Moved to another open ward, after arriving on the current one and not in the future; the clinician may change with the ward. */
    public WardStay transfer(UUID stayId, Ward to, Instant at, String clinician, String by, Instant now) {
        episode.refuseIfEnded("ward");
        WardStay current = currentStay();
        if (to.id().equals(current.wardId())) {
            throw new RuleRefusedException("ward", "The patient is already on " + current.wardName() + ": choose another ward");
        }
        if (to.isClosed()) {
            throw new RuleRefusedException("ward", to.name() + " is closed: it takes no transfers in");
        }
        if (!at.isAfter(current.from())) {
            throw new RuleRefusedException("transferredOn", "The transfer must be after the patient came to " + current.wardName()
                    + " (" + UkDates.dateTime(current.from()) + ")");
        }
        if (at.isAfter(now)) {
            throw new RuleRefusedException("transferredOn", "Transfer cannot be in the future");
        }
        current.leave(at);
        WardStay next = new WardStay(stayId, episode, to, at, clinician, by, now);
        stays.add(next);
        episode.movedTo(to, clinician);
        return next;
    }

    /**
     * Leave starts within the admission (not before it, not in the future: it is recorded when the patient goes), while
     * the patient is not already away, and without overlapping earlier leave; due back, if known, after it starts.
     */
    public LeaveOfAbsence startLeave(UUID leaveId, LeaveKind kind, Instant start, Instant dueBack, String by, Instant now) {
        episode.refuseIfEnded("leaveStart");
        if (start.isBefore(episode.startedAt())) {
            throw new RuleRefusedException("leaveStart", "Leave cannot start before the admission (" + episode.startShown() + ")");
        }
        if (start.isAfter(now)) {
            throw new RuleRefusedException("leaveStart", "Leave is recorded when it starts: the start cannot be in the future");
        }
        if (dueBack != null && !dueBack.isAfter(start)) {
            throw new RuleRefusedException("dueBack", "Due back must be after the leave starts");
        }
        Optional<LeaveOfAbsence> away = currentLeave();
        if (away.isPresent()) {
            throw new RuleRefusedException("leaveStart", "The patient is already on leave since " + UkDates.dateTime(away.get().startsAt())
                    + ": record their return first");
        }
        for (LeaveOfAbsence earlier : leaves) {
            if (start.isBefore(earlier.endedAt())) {
                throw new RuleRefusedException("leaveStart", "This overlaps the leave from " + UkDates.dateTime(earlier.startsAt()) + " to "
                        + UkDates.dateTime(earlier.endedAt()));
            }
        }
        LeaveOfAbsence leave = new LeaveOfAbsence(leaveId, episode, kind, start, dueBack, by, now);
        leaves.add(leave);
        return leave;
    }

    /** Back on the ward: not before the leave started, not in the future. */
    public LeaveOfAbsence endLeave(Instant at, String by, Instant now) {
        episode.refuseIfEnded("leaveEnd");
        LeaveOfAbsence leave = currentLeave().orElseThrow(() -> new RuleRefusedException("leaveEnd", "The patient is not on leave"));
        if (at.isBefore(leave.startsAt())) {
            throw new RuleRefusedException("leaveEnd", "The return cannot be before the leave started (" + UkDates.dateTime(leave.startsAt()) + ")");
        }
        if (at.isAfter(now)) {
            throw new RuleRefusedException("leaveEnd", "The return cannot be in the future");
        }
        leave.end(at, by);
        return leave;
    }

    /**
     * Discharged from the ward, after everything the admission has recorded (the admission, the last move, leave), and
     * not in the future; leave still open ends with the discharge (discharged from leave).
     */
    public void discharge(Instant at, LegalStatusClassification legal, String by, Instant now) {
        episode.checkEnd(at, now);
        WardStay current = currentStay();
        if (at.isBefore(current.from())) {
            throw new RuleRefusedException("dischargedOn", "Discharge cannot be before the move to " + current.wardName() + " ("
                    + UkDates.dateTime(current.from()) + ")");
        }
        for (LeaveOfAbsence leave : leaves) {
            Instant last = leave.isOpen() ? leave.startsAt() : leave.endedAt();
            if (at.isBefore(last)) {
                throw new RuleRefusedException("dischargedOn", "Discharge cannot be before " + (leave.isOpen() ? "the leave that started "
                        : "the return from leave ") + UkDates.dateTime(last));
            }
        }
        episode.end(at, legal, null, by, now);
        current.leave(at);
        currentLeave().ifPresent(l -> l.end(at, by));
    }

    /** The stay on the ward the patient is on now (or was on at discharge). */
    public WardStay currentStay() {
        return stays.stream().filter(WardStay::isCurrent).findFirst().orElse(stays.get(stays.size() - 1));
    }

    public Optional<LeaveOfAbsence> currentLeave() {
        return leaves.stream().filter(LeaveOfAbsence::isOpen).findFirst();
    }

    public EpisodeOfCare episode() {
        return episode;
    }

    /** Oldest first. */
    public List<WardStay> stays() {
        return List.copyOf(stays);
    }

    /** Oldest first. */
    public List<LeaveOfAbsence> leaves() {
        return List.copyOf(leaves);
    }
}
