package org.openepr.discharge.domain.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import org.openepr.platform.errors.RuleRefusedException;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;
import org.openepr.platform.time.UkDates;

/**
 * An episode of care: a patient on a service's caseload after an accepted referral (community), or admitted to a
 * ward (inpatient), from its start to its discharge, with the responsible clinician (the lead professional in the
 * community) and the legal status at the start and at the end. An inpatient episode's moves and leave are its
 * {@link Admission}; a community episode is ended here. Ended, never deleted.
 */
@Entity
@Table(name = "episode_of_care")
public class EpisodeOfCare extends TrustOwned {

    public static final String PRIMARY_KEY = "episode_of_care_pk";
    /** One open admission per patient: the database's second line behind the use case's check. */
    public static final String ONE_OPEN_ADMISSION = "episode_one_open_admission";
    /** One open community episode per patient and service. */
    public static final String ONE_OPEN_PER_SERVICE = "episode_one_open_per_service";
    /** A waiting-list referral opens one episode at most. */
    public static final String REFERRAL_ACCEPTED_ONCE = "episode_referral_accepted_once";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private EpisodeKind kind;

    private String service;

    @Column(name = "service_key")
    private String serviceKey;

    private String team;

    @Column(name = "referral_id")
    @Convert(converter = UuidConverter.class)
    private UUID referralId;

    @Column(name = "referral_date")
    private LocalDate referralDate;

    @Column(name = "ward_id")
    @Convert(converter = UuidConverter.class)
    private UUID wardId;

    @Column(name = "ward_name")
    private String wardName;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "responsible_clinician")
    private String responsibleClinician;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status_at_start")
    private LegalStatusClassification legalStatusAtStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status_at_end")
    private LegalStatusClassification legalStatusAtEnd;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    /** The form submission that made the last change: the same submission again is answered, not applied twice. */
    @Column(name = "last_submission")
    @Convert(converter = UuidConverter.class)
    private UUID lastSubmission;

    @Version
    private int version;

    protected EpisodeOfCare() {
    }

    private EpisodeOfCare(UUID id, UUID patientId, EpisodeKind kind, Instant start, String clinician, LegalStatusClassification legal,
            String by, Instant now) {
        if (start.isAfter(now)) {
            throw new RuleRefusedException(kind == EpisodeKind.INPATIENT ? "admittedOn" : "acceptedOn",
                    (kind == EpisodeKind.INPATIENT ? "Admission" : "Acceptance") + " cannot be in the future");
        }
        this.id = id;
        this.patientId = patientId;
        this.kind = kind;
        this.startedAt = start;
        this.responsibleClinician = clinician;
        this.legalStatusAtStart = legal;
        this.recordedBy = by;
        this.recordedAt = now;
        this.changedBy = by;
        this.changedAt = now;
        this.lastSubmission = id;
    }

    /** An admission's episode; its first ward stay comes with it ({@link Admission#admit}). */
    static EpisodeOfCare admission(UUID id, UUID patientId, Ward ward, Instant at, String clinician, LegalStatusClassification legal,
            String by, Instant now) {
        EpisodeOfCare e = new EpisodeOfCare(id, patientId, EpisodeKind.INPATIENT, at, clinician, legal, by, now);
        e.wardId = ward.id();
        e.wardName = ward.name();
        return e;
    }

    /**
     * A referral accepted onto the caseload of a service's team, from the day it was accepted, with its lead professional.
     * Not accepted before it was made, nor in the future.
     */
    public static EpisodeOfCare accept(UUID id, UUID patientId, ServiceReferral referral, String team, LocalDate acceptedOn,
            String leadProfessional, LegalStatusClassification legal, String by, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, UkDates.UK);
        if (referral.referralDate().isAfter(today)) {
            throw new RuleRefusedException("referralDate", "Referral date cannot be in the future");
        }
        if (acceptedOn.isBefore(referral.referralDate())) {
            throw new RuleRefusedException("acceptedOn", "Accepted cannot be before the referral (" + UkDates.date(referral.referralDate()) + ")");
        }
        if (acceptedOn.isAfter(today)) {
            throw new RuleRefusedException("acceptedOn", "Acceptance cannot be in the future");
        }
        Instant start = ZonedDateTime.of(acceptedOn, LocalTime.MIDNIGHT, UkDates.UK).toInstant();
        EpisodeOfCare e = new EpisodeOfCare(id, patientId, EpisodeKind.COMMUNITY, start, leadProfessional, legal, by, now);
        e.service = referral.service();
        e.serviceKey = keyOf(referral.service());
        e.team = team;
        e.referralId = referral.waitingListEntry();
        e.referralDate = referral.referralDate();
        return e;
    }

    /**
     * An episode as another trust's export recorded it (an import into an empty trust): every field as it was, under a
     * new id and the patient's new id. Not checked against today's rules: it is history, already checked when made.
     */
    public record Imported(EpisodeKind kind, String service, String team, UUID referralId, LocalDate referralDate, UUID wardId,
            String wardName, Instant startedAt, String responsibleClinician, LegalStatusClassification legalStatusAtStart,
            LegalStatusClassification legalStatusAtEnd, Instant endedAt, String endedBy, String endReason, String recordedBy,
            Instant recordedAt, String changedBy, Instant changedAt) {

        /** The same, accepted from the waiting list's referral under its id in the importing trust. */
        public Imported withReferral(UUID referral) {
            return new Imported(kind, service, team, referral, referralDate, wardId, wardName, startedAt, responsibleClinician,
                    legalStatusAtStart, legalStatusAtEnd, endedAt, endedBy, endReason, recordedBy, recordedAt, changedBy, changedAt);
        }
    }

    public static EpisodeOfCare imported(UUID id, UUID patientId, UUID wardId, Imported r) {
        EpisodeOfCare e = new EpisodeOfCare();
        e.id = id;
        e.patientId = patientId;
        e.kind = r.kind();
        e.service = r.service();
        e.serviceKey = r.service() == null ? null : keyOf(r.service());
        e.team = r.team();
        e.referralId = r.referralId();
        e.referralDate = r.referralDate();
        e.wardId = wardId;
        e.wardName = r.wardName();
        e.startedAt = r.startedAt();
        e.responsibleClinician = r.responsibleClinician();
        e.legalStatusAtStart = r.legalStatusAtStart();
        e.legalStatusAtEnd = r.legalStatusAtEnd();
        e.endedAt = r.endedAt();
        e.endedBy = r.endedBy();
        e.endReason = r.endReason();
        e.recordedBy = r.recordedBy();
        e.recordedAt = r.recordedAt();
        e.changedBy = r.changedBy();
        e.changedAt = r.changedAt();
        e.lastSubmission = id;
        return e;
    }

    /** What an export carries for {@link #imported}. */
    public Imported toImported() {
        return new Imported(kind, service, team, referralId, referralDate, wardId, wardName, startedAt, responsibleClinician,
                legalStatusAtStart, legalStatusAtEnd, endedAt, endedBy, endReason, recordedBy, recordedAt, changedBy, changedAt);
    }

    /** Services compare without case or extra spaces, as clinic management and the care team name them. */
    public static String keyOf(String service) {
        return service.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Discharged from the service's caseload (by its team, or by a clinic's outcome), at a time not before it was accepted. */
    public void dischargeFromService(Instant at, LegalStatusClassification legal, String reason, String by, Instant now) {
        if (kind != EpisodeKind.COMMUNITY) {
            throw new IllegalStateException("An admission is discharged from its ward (Admission.discharge)");
        }
        end(at, legal, reason, by, now);
    }

    /** The end of the episode: once, not before its start, not in the future. */
    void end(Instant at, LegalStatusClassification legal, String reason, String by, Instant now) {
        checkEnd(at, now);
        endedAt = at;
        legalStatusAtEnd = legal;
        endReason = reason;
        endedBy = by;
    }

    void checkEnd(Instant at, Instant now) {
        refuseIfEnded("dischargedOn");
        if (at.isBefore(startedAt)) {
            throw new RuleRefusedException("dischargedOn", "Discharge cannot be before the " + (kind == EpisodeKind.INPATIENT ? "admission" : "acceptance")
                    + " (" + startShown() + ")");
        }
        if (at.isAfter(now)) {
            throw new RuleRefusedException("dischargedOn", "Discharge cannot be in the future");
        }
    }

    /** Refuses any change to an episode that has ended, naming the field the change came through. */
    void refuseIfEnded(String field) {
        if (!isOpen()) {
            throw new RuleRefusedException(field, (kind == EpisodeKind.INPATIENT ? "This admission" : "This episode") + " ended on "
                    + UkDates.dateTime(endedAt) + ": it can no longer be changed");
        }
    }

    void movedTo(Ward ward, String clinician) {
        wardId = ward.id();
        wardName = ward.name();
        responsibleClinician = clinician;
    }

    /** Every change goes through here, so the version moves with it and the same submission is not applied twice. */
    public void changed(UUID submission, String by, Instant now) {
        lastSubmission = submission;
        changedBy = by;
        changedAt = now;
    }

    /** This submission made the episode's last change (a form sent twice). */
    public boolean lastChangedBy(UUID submission) {
        return submission != null && submission.equals(lastSubmission);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** Where it happens: the ward (inpatient) or the service (community). */
    public String place() {
        return kind == EpisodeKind.INPATIENT ? wardName : service;
    }

    /** The start as staff read it: a time for an admission, the day for an accepted referral. */
    public String startShown() {
        return kind == EpisodeKind.INPATIENT ? UkDates.dateTime(startedAt) : UkDates.date(startedAt);
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public EpisodeKind kind() { return kind; }
    public String service() { return service; }
    public String team() { return team; }
    public UUID referralId() { return referralId; }
    public LocalDate referralDate() { return referralDate; }
    public UUID wardId() { return wardId; }
    public String wardName() { return wardName; }
    public Instant startedAt() { return startedAt; }
    public String responsibleClinician() { return responsibleClinician; }
    public LegalStatusClassification legalStatusAtStart() { return legalStatusAtStart; }
    public LegalStatusClassification legalStatusAtEnd() { return legalStatusAtEnd; }
    public Instant endedAt() { return endedAt; }
    public String endedBy() { return endedBy; }
    public String endReason() { return endReason; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public int version() { return version; }
}
