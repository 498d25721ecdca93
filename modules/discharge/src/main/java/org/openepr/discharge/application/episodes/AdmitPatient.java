package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
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
 * Admits a patient to a ward: when, under which responsible clinician, with the legal status at admission (the case
 * record's current one offered first). One open admission per patient; the same form sent twice admits once.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN})
public class AdmitPatient {

    @Inject
    EpisodeRepository episodes;

    @Inject
    WardRepository wards;

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

    /** As typed: ward (its id), date DD/MM/YYYY and time HH:MM, responsible clinician (user id), legal status (its name or code). */
    public record AdmitForm(String ward, String date, String time, String responsibleClinician, String legalStatus) {
    }

    /** What the form offers: open wards, the trust's clinicians, the legal status to start from; and an admission already open. */
    public record AdmissionChoices(PatientSummary patient, List<Ward> wards, List<StaffMember> clinicians, LegalStatusSuggestion legalStatus,
            Optional<EpisodeOfCare> alreadyAdmitted, Instant now) {
    }

    @ReadsOnly
    public AdmissionChoices choices(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        Optional<EpisodeOfCare> open = episodes.openAdmissionOf(patientId);
        audit.record(EpisodesAudit.EPISODE_FORM_OPENED, open.map(EpisodeOfCare::id).orElse(null), patientId, "admission form"
                + open.map(e -> ": already on " + e.wardName()).orElse(""));
        return new AdmissionChoices(patient, wards.all().stream().filter(w -> !w.isClosed()).toList(), EpisodeInput.clinicians(staff.all()),
                legalStatus.of(patientId, "admission form"), open, clock.instant());
    }

    public Admission admit(UUID submission, UUID patientId, AdmitForm form) {
        PatientSummary patient = patients.require(patientId);
        var again = episodes.admission(submission);
        if (again.isPresent() && again.get().episode().patientId().equals(patientId)) {
            return again.get(); // the same form sent twice
        }
        var staffNow = staff.all();
        InputCheck check = new InputCheck();
        Ward ward = check.field("ward", () -> EpisodeInput.ward(wards, form.ward()));
        Instant at = check.field("admittedOn", () -> EpisodeInput.at("Admitted", form.date(), form.time()));
        StaffMember clinician = check.field("responsibleClinician", () -> EpisodeInput.clinician(staffNow, "Responsible clinician",
                form.responsibleClinician()));
        LegalStatusClassification legal = check.field("legalStatus", () -> EpisodeInput.legalStatus(form.legalStatus()));
        check.throwIfAny();
        episodes.openAdmissionOf(patientId).ifPresent(open -> {
            throw alreadyAdmitted(patient, open);
        });
        Admission admission = Admission.admit(submission, patientId, ward, at, clinician.userId(), legal, trust.caller().userId(), clock.instant());
        try {
            episodes.add(admission.episode());
            episodes.flush(); // the episode before its first stay, which refers to it
            episodes.add(admission.currentStay());
            episodes.flush();
        } catch (PersistenceException e) {
            if (Failures.violated(e, EpisodeOfCare.ONE_OPEN_ADMISSION)) {
                throw new ConflictException("patient", patient.displayName() + " has just been admitted by someone else: nothing was saved");
            }
            if (Failures.violated(e, EpisodeOfCare.PRIMARY_KEY)) {
                throw new ConflictException("patient", "This admission was submitted twice at the same moment; it is saved once");
            }
            throw e;
        }
        audit.record(EpisodesAudit.PATIENT_ADMITTED, submission, patientId, "admitted to " + ward.name() + " at " + UkDates.dateTime(at)
                + " under " + clinician.name() + ", legal status " + legal.label());
        return admission;
    }

    static ConflictException alreadyAdmitted(PatientSummary patient, EpisodeOfCare open) {
        return new ConflictException("patient", patient.displayName() + " is already admitted, on " + open.wardName() + " since "
                + open.startShown() + ": one admission at a time (transfer or discharge instead)");
    }
}
