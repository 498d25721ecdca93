package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.api.ReferralToService;
import org.openepr.clinics.api.WaitingReferrals;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.ServiceReferral;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * Accepts a referral to a service onto its team's caseload: a community episode of care, with its lead professional
 * (the responsible clinician) and the legal status at acceptance. The referral comes from clinic management's waiting
 * list (its service and date are taken from there) or is typed as the referrer wrote it. One open episode per patient
 * and service; a waiting-list referral is accepted once; the same form sent twice accepts once.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class AcceptReferral {

    @Inject
    EpisodeRepository episodes;

    @Inject
    WaitingReferrals waitingList;

    @Inject
    PatientDirectory patients;

    @Inject
    StaffDirectory staff;

    @Inject
    LegalStatusDefaults legalStatus;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /**
     * As typed: the waiting-list referral (its id; or empty, and then the service and referral date DD/MM/YYYY), the team,
     * the day it was accepted, the lead professional (user id) and the legal status (its name or code).
     */
    public record AcceptForm(String referral, String service, String referralDate, String team, String acceptedOn, String leadProfessional,
            String legalStatus) {
    }

    /** What the form offers: the patient's waiting-list referrals not yet accepted, the trust's clinicians, the legal status to start from. */
    public record AcceptChoices(PatientSummary patient, List<ReferralToService> referrals, List<StaffMember> clinicians,
            LegalStatusSuggestion legalStatus, Instant now) {
    }

    @ReadsOnly
    public AcceptChoices choices(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        List<ReferralToService> open = waitingList.of(patientId).stream().filter(r -> episodes.acceptedFrom(r.id()).isEmpty()).toList();
        audit.record(EpisodesAudit.EPISODE_FORM_OPENED, null, patientId, "referral acceptance form: " + open.size() + " referrals on the waiting list "
                + open.stream().map(r -> r.service() + " of " + UkDates.date(r.referralDate())).toList());
        return new AcceptChoices(patient, open, EpisodeInput.clinicians(staff.all()), legalStatus.of(patientId, "referral acceptance form"),
                clock.instant());
    }

    public EpisodeOfCare accept(UUID submission, UUID patientId, AcceptForm form) {
        PatientSummary patient = patients.require(patientId);
        var again = episodes.find(submission);
        if (again.isPresent() && again.get().patientId().equals(patientId) && again.get().kind() == EpisodeKind.COMMUNITY) {
            return again.get(); // the same form sent twice
        }
        var staffNow = staff.all();
        InputCheck check = new InputCheck();
        ServiceReferral referral = referral(check, patientId, form);
        String team = check.field("team", () -> InputCheck.text("Team", form.team(), 80, true));
        LocalDate acceptedOn = check.field("acceptedOn", () -> InputCheck.date("Accepted on", form.acceptedOn(), true));
        StaffMember lead = check.field("leadProfessional", () -> EpisodeInput.clinician(staffNow, "Lead professional", form.leadProfessional()));
        LegalStatusClassification legal = check.field("legalStatus", () -> EpisodeInput.legalStatus(form.legalStatus()));
        check.throwIfAny();
        episodes.openInService(patientId, EpisodeOfCare.keyOf(referral.service())).ifPresent(open -> {
            throw new ConflictException("service", patient.displayName() + " is already on the caseload of " + open.service() + " (accepted "
                    + open.startShown() + "): discharge them from it first");
        });
        EpisodeOfCare e = EpisodeOfCare.accept(submission, patientId, referral, team, acceptedOn, lead.userId(), legal, trust.caller().userId(),
                clock.instant());
        try {
            episodes.add(e);
            episodes.flush();
        } catch (PersistenceException x) {
            if (Failures.violated(x, EpisodeOfCare.ONE_OPEN_PER_SERVICE)) {
                throw new ConflictException("service", patient.displayName() + " has just been accepted by " + referral.service()
                        + " by someone else: nothing was saved");
            }
            if (Failures.violated(x, EpisodeOfCare.REFERRAL_ACCEPTED_ONCE)) {
                throw new ConflictException("referral", "This referral has just been accepted by someone else: nothing was saved");
            }
            if (Failures.violated(x, EpisodeOfCare.PRIMARY_KEY)) {
                throw new ConflictException("referral", "This acceptance was submitted twice at the same moment; it is saved once");
            }
            throw x;
        }
        audit.record(EpisodesAudit.REFERRAL_ACCEPTED, e.id(), patientId, "referral to " + referral.service() + " of "
                + UkDates.date(referral.referralDate()) + (referral.waitingListEntry() == null ? "" : " (waiting list)") + " accepted on "
                + UkDates.date(acceptedOn) + " by " + team + ", lead professional " + lead.name() + ", legal status " + legal.label());
        return e;
    }

    /** From the waiting list (its service and date), or as typed; null with the problems noted in {@code check}. */
    private ServiceReferral referral(InputCheck check, UUID patientId, AcceptForm form) {
        if (form.referral() != null && !form.referral().isBlank()) {
            return check.field("referral", () -> {
                ReferralToService r = waitingListEntry(form.referral());
                if (!r.patientId().equals(patientId)) {
                    throw new IllegalArgumentException("No such referral on the waiting list");
                }
                episodes.acceptedFrom(r.id()).ifPresent(e -> {
                    throw new IllegalArgumentException("This referral was accepted on " + e.startShown() + " already");
                });
                return new ServiceReferral(r.id(), r.service(), r.referralDate());
            });
        }
        String service = check.field("service", () -> InputCheck.text("Service", form.service(), 80, true));
        LocalDate date = check.field("referralDate", () -> InputCheck.date("Referral date", form.referralDate(), true));
        return service == null || date == null ? null : new ServiceReferral(null, service, date);
    }

    private ReferralToService waitingListEntry(String id) {
        UUID referralId;
        try {
            referralId = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("No such referral on the waiting list");
        }
        return waitingList.find(referralId).orElseThrow(() -> new IllegalArgumentException("No such referral on the waiting list"));
    }
}
