package org.openepr.discharge.interfaces.fhir.episodes;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.domain.episodes.EpisodeKind;
import org.openepr.discharge.domain.episodes.LeaveOfAbsence;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.WardStay;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.time.UkDates;

/**
 * Episodes as FHIR: every episode an EpisodeOfCare (UK Core), and an admission also an Encounter (UK Core, class
 * inpatient, the same id) whose locations are its ward stays, whose status history is its leave, and which carries
 * the legal status at admission and at discharge (Extension-UKCore-LegalStatus).
 */
final class EpisodesFhir {

    static final String EPISODE_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-EpisodeOfCare";
    static final String ENCOUNTER_PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter";
    static final String LEGAL_STATUS = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-LegalStatus";
    static final String LEGAL_STATUS_CONTEXT = "https://fhir.hl7.org.uk/CodeSystem/UKCore-LegalStatusContext";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    /** Our own identifiers: staff by their sign-in user id, wards and waiting-list referrals by id. */
    static final String STAFF = "https://openepr.org/fhir/Id/staff-user";
    static final String WARD = "https://openepr.org/fhir/Id/ward";
    static final String REFERRAL = "https://openepr.org/fhir/Id/waiting-list-referral";

    private EpisodesFhir() {
    }

    static EpisodeOfCare episodeOfCare(EpisodeView v, Map<String, StaffMember> staff, OdsCode trust) {
        var e = v.episode();
        EpisodeOfCare r = new EpisodeOfCare();
        r.setId(e.id().toString());
        r.getMeta().addProfile(EPISODE_PROFILE).setVersionId(String.valueOf(e.version())).setLastUpdated(Date.from(e.changedAt()));
        r.setStatus(e.isOpen() ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        r.addType(new CodeableConcept().setText(e.kind() == EpisodeKind.INPATIENT ? "Inpatient admission" : "Community: " + e.service()));
        r.setPatient(new Reference("Patient/" + e.patientId()));
        r.setManagingOrganization(organisation(trust));
        r.setPeriod(period(e.kind() == EpisodeKind.INPATIENT, e.startedAt(), e.endedAt()));
        if (e.referralId() != null) {
            r.addReferralRequest(new Reference().setType("ServiceRequest").setIdentifier(new Identifier().setSystem(REFERRAL)
                    .setValue(e.referralId().toString())).setDisplay("Referral to " + e.service() + " of " + UkDates.date(e.referralDate())));
        }
        r.setCareManager(practitioner(e.responsibleClinician(), staff));
        if (e.team() != null) {
            r.addTeam(new Reference().setType("CareTeam").setDisplay(e.team()));
        }
        return r;
    }

    static Encounter encounter(EpisodeView v, Map<String, StaffMember> staff, OdsCode trust) {
        var e = v.episode();
        Encounter r = new Encounter();
        r.setId(e.id().toString());
        r.getMeta().addProfile(ENCOUNTER_PROFILE).setVersionId(String.valueOf(e.version())).setLastUpdated(Date.from(e.changedAt()));
        r.setStatus(!e.isOpen() ? Encounter.EncounterStatus.FINISHED : v.isOnLeave() ? Encounter.EncounterStatus.ONLEAVE
                : Encounter.EncounterStatus.INPROGRESS);
        for (LeaveOfAbsence leave : v.leave()) {
            r.addStatusHistory().setStatus(Encounter.EncounterStatus.ONLEAVE).setPeriod(period(true, leave.startsAt(), leave.endedAt()));
        }
        r.setClass_(new Coding(ACT_CODE, "IMP", "inpatient encounter"));
        r.setSubject(new Reference("Patient/" + e.patientId()));
        r.addEpisodeOfCare(new Reference("EpisodeOfCare/" + e.id()));
        r.setPeriod(period(true, e.startedAt(), e.endedAt()));
        r.setServiceProvider(organisation(trust));
        for (WardStay stay : v.stays()) {
            r.addParticipant().setIndividual(practitioner(stay.responsibleClinician(), staff)).setPeriod(period(true, stay.from(), stay.to()));
            r.addLocation().setLocation(new Reference().setType("Location").setIdentifier(new Identifier().setSystem(WARD)
                            .setValue(stay.wardId().toString())).setDisplay(stay.wardName()))
                    .setStatus(stay.isCurrent() && e.isOpen() ? Encounter.EncounterLocationStatus.ACTIVE : Encounter.EncounterLocationStatus.COMPLETED)
                    .setPeriod(period(true, stay.from(), stay.to()));
        }
        r.addExtension(legalStatus("admission", "Admission", e.legalStatusAtStart()));
        if (e.legalStatusAtEnd() != null) {
            r.addExtension(legalStatus("discharge", "Discharge", e.legalStatusAtEnd()));
        }
        return r;
    }

    private static Extension legalStatus(String context, String contextDisplay, LegalStatusClassification status) {
        Extension x = new Extension(LEGAL_STATUS);
        x.addExtension("legalStatusContext", new CodeableConcept(new Coding(LEGAL_STATUS_CONTEXT, context, contextDisplay)));
        x.addExtension("legalStatusClassification", new CodeableConcept(new Coding(LegalStatusClassification.SYSTEM, status.code(), status.display())));
        return x;
    }

    /** An admission's times to the second; a community episode's days (it is accepted, and ended, on a day). */
    private static Period period(boolean timed, Instant start, Instant end) {
        Period p = new Period().setStartElement(when(timed, start));
        if (end != null) {
            p.setEndElement(when(timed, end));
        }
        return p;
    }

    private static DateTimeType when(boolean timed, Instant at) {
        return timed ? FhirSupport.ukDateTime(at) : new DateTimeType(at.atZone(UkDates.UK).toLocalDate().toString());
    }

    private static Reference practitioner(String userId, Map<String, StaffMember> staff) {
        StaffMember who = staff.get(userId);
        return new Reference().setType("Practitioner").setIdentifier(new Identifier().setSystem(STAFF).setValue(userId))
                .setDisplay(who == null ? userId : who.name());
    }

    private static Reference organisation(OdsCode trust) {
        return new Reference().setType("Organization").setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(trust.value()));
    }
}
