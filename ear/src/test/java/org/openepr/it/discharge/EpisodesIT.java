package org.openepr.it.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.caserecord.application.facts.RecordLegalStatus;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.application.WaitingList;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.discharge.application.episodes.AcceptReferral;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.application.episodes.DischargePatient;
import org.openepr.discharge.application.episodes.EpisodesAudit;
import org.openepr.discharge.application.episodes.OpenEpisode;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.discharge.application.episodes.RecordLeave;
import org.openepr.discharge.application.episodes.TransferPatient;
import org.openepr.discharge.application.episodes.WardList;
import org.openepr.discharge.application.episodes.WardSetup;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Episodes of care inside Liberty on PostgreSQL, on the movable clock: admission, transfer, leave and discharge with
 * their rules; a referral from the waiting list accepted into a community episode, ended by a discharge from clinic;
 * {@link EpisodeEnded} heard with every field, inside the discharge's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class EpisodesIT {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-episodes-it", NhsNumbers.class, MovableClock.class, AsAnotherUser.class, EndedEpisodes.class);
    }

    @Inject TrustContext trust;
    @Inject MovableClock clock;
    @Inject StaffDirectory staff;
    @Inject RegisterPatient register;
    @Inject RecordLegalStatus recordLegalStatus;
    @Inject WardSetup wards;
    @Inject WardList wardList;
    @Inject AdmitPatient admit;
    @Inject TransferPatient transfer;
    @Inject RecordLeave leave;
    @Inject DischargePatient discharge;
    @Inject OpenEpisode openEpisode;
    @Inject ReadEpisodes read;
    @Inject AcceptReferral accept;
    @Inject WaitingList waitingList;
    @Inject ClinicSetup clinicSetup;
    @Inject FindFreeSlots freeSlots;
    @Inject BookAppointment booking;
    @Inject ClinicDay clinicDay;
    @Inject ReadAuditTrail audit;
    @Inject EndedEpisodes ended;

    String consultant;
    String otherConsultant;
    Ward willow;
    Ward oak;

    @BeforeEach
    void aWardTeamInTrustRat() {
        clock.set(LocalDateTime.of(2027, 3, 3, 10, 0));
        String run = UUID.randomUUID().toString().substring(0, 8);
        consultant = "it.rc." + run;
        otherConsultant = "it.rc2." + run;
        AsAnotherUser.run("RAT", otherConsultant, Set.of(Roles.CLINICIAN), () -> {
            staff.signedIn();
            return null;
        });
        // this test's own request: a clinician who is also the trust's admin (sets up wards and clinics, reads the audit trail)
        trust.bind(new Caller(consultant, consultant + " Name", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN)), OdsCode.of("RAT"));
        staff.signedIn();
        willow = wards.add(UUID.randomUUID(), "Willow " + run);
        oak = wards.add(UUID.randomUUID(), "Oak " + run);
    }

    @AfterEach
    void clockBack() {
        ended.failNext(false);
        clock.reset();
    }

    UUID patient() {
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Episodic", "Eve", "1970-07-07", "female",
                "3 Ward Road", null, "Ilford", "IG3 8XJ", "F84003")).patient().id();
    }

    static AdmitPatient.AdmitForm admitted(Ward ward, String date, String time, String clinician, String legal) {
        return new AdmitPatient.AdmitForm(ward.id().toString(), date, time, clinician, legal);
    }

    static Instant uk(int day, int hour, int minute) {
        return LocalDateTime.of(2027, 3, day, hour, minute).atZone(UK).toInstant();
    }

    @Test
    void admitTransferLeaveAndDischarge_firesEpisodeEndedWithEveryFieldInTheSameTransaction() {
        UUID p = patient();
        recordLegalStatus.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_3", "01/03/2027", "09:00"));
        var choices = admit.choices(p);
        assertEquals(LegalStatusClassification.SECTION_3, choices.legalStatus().suggested(), "the case record's section 3 is offered");
        assertTrue(choices.legalStatus().recorded().startsWith("Section 3 since 01-Mar-2027"), choices.legalStatus().recorded());
        assertTrue(choices.wards().stream().anyMatch(w -> w.id().equals(willow.id())));
        assertTrue(choices.clinicians().stream().anyMatch(c -> c.userId().equals(otherConsultant)));

        UUID submission = UUID.randomUUID();
        Admission a = admit.admit(submission, p, admitted(willow, "02/03/2027", "14:30", consultant, "SECTION_3"));
        assertEquals(submission, a.episode().id());
        assertEquals(uk(2, 14, 30), a.episode().startedAt());
        var onWillow = wardList.onWard(willow.id());
        assertEquals(List.of(p), onWillow.patients().stream().map(v -> v.patient().id()).toList(), "who is on my ward");

        a = transfer.transfer(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                new TransferPatient.TransferForm(oak.id().toString(), "03/03/2027", "09:00", otherConsultant));
        assertEquals(oak.name(), a.episode().wardName());
        assertTrue(wardList.onWard(willow.id()).patients().isEmpty(), "moved off Willow");
        assertEquals(1, wardList.onWard(oak.id()).patients().size());

        a = leave.start(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                new RecordLeave.LeaveForm("SECTION_17", "03/03/2027", "09:15", "03/03/2027", "09:45"));
        assertEquals(1, wardList.onWard(oak.id()).onLeave());
        a = leave.end(a.episode().id(), a.episode().version(), UUID.randomUUID(), "03/03/2027", "09:40");

        EpisodeOfCare e = discharge.discharge(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                new DischargePatient.DischargeForm("03/03/2027", "10:00", "01", null));
        assertFalse(e.isOpen());
        EpisodeEnded heard = ended.of(e.id()).orElseThrow(() -> new AssertionError("EpisodeEnded was not fired"));
        assertEquals(new EpisodeEnded(e.id(), p, true, oak.name(), uk(2, 14, 30), uk(3, 10, 0), otherConsultant, "03", "01", consultant), heard);
        assertTrue(wardList.onWard(oak.id()).patients().isEmpty(), "discharged: on no ward");

        var view = read.ofPatient(p).episodes().get(0);
        assertEquals(2, view.stays().size());
        assertEquals(uk(3, 9, 0), view.stays().get(0).to());
        assertEquals(uk(3, 10, 0), view.stays().get(1).to());
        assertEquals(uk(3, 9, 40), view.leave().get(0).endedAt());

        List<String> actions = audit.forPatient(p).stream().map(x -> x.action()).toList();
        for (EpisodesAudit action : List.of(EpisodesAudit.EPISODE_FORM_OPENED, EpisodesAudit.PATIENT_ADMITTED, EpisodesAudit.PATIENT_TRANSFERRED,
                EpisodesAudit.LEAVE_STARTED, EpisodesAudit.LEAVE_ENDED, EpisodesAudit.DISCHARGED_FROM_WARD, EpisodesAudit.EPISODES_VIEWED)) {
            assertTrue(actions.contains(action.name()), action + " in " + actions);
        }
        assertTrue(actions.contains("LEGAL_STATUS_VIEWED"), "the case record audited its legal status read: " + actions);
    }

    @Test
    void whenWhatListensToTheDischargeFailsTheDischargeIsNotSaved() {
        UUID p = patient();
        Admission a = admit.admit(UUID.randomUUID(), p, admitted(willow, "03/03/2027", "08:00", consultant, "INFORMAL"));
        ended.failNext(true);
        assertThrows(RuntimeException.class, () -> discharge.discharge(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                new DischargePatient.DischargeForm("03/03/2027", "09:00", "INFORMAL", null)));
        ended.failNext(false);
        assertTrue(read.episode(a.episode().id()).isOpen(), "the discharge rolled back with its listener");
        assertEquals(0, ended.count(a.episode().id()));
    }

    @Test
    void theRulesNameTheFieldAndSaveNothing() {
        UUID p = patient();
        Admission a = admit.admit(UUID.randomUUID(), p, admitted(willow, "02/03/2027", "14:30", consultant, "INFORMAL"));
        UUID id = a.episode().id();
        int version = a.episode().version();

        var beforeAdmission = assertThrows(InvalidInputException.class, () -> discharge.discharge(id, version, UUID.randomUUID(),
                new DischargePatient.DischargeForm("01/03/2027", "10:00", "INFORMAL", null)));
        assertEquals("dischargedOn", beforeAdmission.problems().get(0).field());
        assertEquals("Discharge cannot be before the admission (02-Mar-2027 14:30)", beforeAdmission.problems().get(0).message());

        var second = assertThrows(ConflictException.class, () -> admit.admit(UUID.randomUUID(), p, admitted(oak, "03/03/2027", "09:00", consultant,
                "INFORMAL")));
        assertEquals("patient", second.field());
        assertTrue(second.getMessage().contains("already admitted, on " + willow.name()), second.getMessage());

        var sameWard = assertThrows(InvalidInputException.class, () -> transfer.transfer(id, version, UUID.randomUUID(),
                new TransferPatient.TransferForm(willow.id().toString(), "03/03/2027", "09:00", consultant)));
        assertEquals("ward", sameWard.problems().get(0).field());

        var leaveBefore = assertThrows(InvalidInputException.class, () -> leave.start(id, version, UUID.randomUUID(),
                new RecordLeave.LeaveForm("AGREED", "01/03/2027", "12:00", null, null)));
        assertEquals("leaveStart", leaveBefore.problems().get(0).field());

        var blank = assertThrows(InvalidInputException.class, () -> discharge.discharge(id, version, UUID.randomUUID(),
                new DischargePatient.DischargeForm("", "", "", null)));
        assertEquals(Set.of("dischargedOn", "legalStatus"), blank.problems().stream().map(x -> x.field()).collect(java.util.stream.Collectors.toSet()));

        var notAClinician = assertThrows(InvalidInputException.class, () -> admit.admit(UUID.randomUUID(), patient(),
                admitted(willow, "03/03/2027", "09:00", "nobody.here", "INFORMAL")));
        assertEquals("responsibleClinician", notAClinician.problems().get(0).field());

        var reread = read.episode(id);
        assertTrue(reread.isOpen());
        assertEquals(version, reread.episode().version(), "nothing was saved");
        assertEquals(1, reread.stays().size());
        assertTrue(reread.leave().isEmpty());
    }

    @Test
    void leaveAfterTheDischargeIsOutsideTheAdmission() {
        UUID p = patient();
        Admission a = admit.admit(UUID.randomUUID(), p, admitted(willow, "02/03/2027", "14:30", consultant, "INFORMAL"));
        EpisodeOfCare e = discharge.discharge(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                new DischargePatient.DischargeForm("03/03/2027", "08:00", "INFORMAL", null));
        var after = assertThrows(InvalidInputException.class, () -> leave.start(e.id(), e.version(), UUID.randomUUID(),
                new RecordLeave.LeaveForm("AGREED", "03/03/2027", "09:00", null, null)));
        assertEquals("leaveStart", after.problems().get(0).field());
        assertTrue(after.getMessage().contains("ended on 03-Mar-2027 08:00"), after.getMessage());
        // discharged, the patient may be admitted again
        assertNotNull(admit.admit(UUID.randomUUID(), p, admitted(oak, "03/03/2027", "09:30", consultant, "SECTION_2")));
    }

    @Test
    void aStaleEditIsRefusedNamingWhoChangedItAndTheSameFormTwiceSavesOnce() {
        UUID p = patient();
        UUID submission = UUID.randomUUID();
        AdmitPatient.AdmitForm form = admitted(willow, "02/03/2027", "14:30", consultant, "INFORMAL");
        Admission a = admit.admit(submission, p, form);
        assertEquals(a.episode().id(), admit.admit(submission, p, form).episode().id(), "Admit pressed twice admits once");
        assertEquals(1, read.ofPatient(p).episodes().size());

        int opened = a.episode().version();
        UUID move = UUID.randomUUID();
        var moveForm = new TransferPatient.TransferForm(oak.id().toString(), "03/03/2027", "09:00", consultant);
        AsAnotherUser.run("RAT", otherConsultant, Set.of(Roles.CLINICIAN), () -> transfer.transfer(a.episode().id(), opened, move, moveForm));
        var again = transfer.transfer(a.episode().id(), opened, move, moveForm);
        assertEquals(2, again.stays().size(), "the same transfer sent twice moves the patient once");

        var stale = assertThrows(StaleEditException.class, () -> discharge.discharge(a.episode().id(), opened, UUID.randomUUID(),
                new DischargePatient.DischargeForm("03/03/2027", "10:00", "INFORMAL", null)));
        assertTrue(stale.getMessage().contains("changed by " + otherConsultant), stale.getMessage());
        assertTrue(read.episode(a.episode().id()).isOpen(), "nothing was saved");
    }

    @Test
    void anotherTrustsPatientAndEpisodeAreNotFound() {
        UUID ratPatient = patient();
        Admission a = admit.admit(UUID.randomUUID(), ratPatient, admitted(willow, "03/03/2027", "08:00", consultant, "INFORMAL"));
        String rkl = "it.rkl." + UUID.randomUUID().toString().substring(0, 8);
        var patient = assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", rkl, Set.of(Roles.CLINICIAN),
                () -> read.ofPatient(ratPatient)));
        var missing = assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", rkl, Set.of(Roles.CLINICIAN),
                () -> read.ofPatient(UUID.randomUUID())));
        assertEquals(missing.getMessage(), patient.getMessage(), "another trust's patient answers as a missing one");
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", rkl, Set.of(Roles.CLINICIAN),
                () -> admit.choices(ratPatient)));
        var episode = assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", rkl, Set.of(Roles.CLINICIAN),
                () -> discharge.discharge(a.episode().id(), a.episode().version(), UUID.randomUUID(),
                        new DischargePatient.DischargeForm("03/03/2027", "09:00", "INFORMAL", null))));
        assertEquals("No such episode of care", episode.getMessage());
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", rkl, Set.of(Roles.CLINICIAN),
                () -> openEpisode.open(a.episode().id())));
        assertTrue(read.episode(a.episode().id()).isOpen());
    }

    @Test
    void onlyCliniciansChangeEpisodesAndATrustWithoutDischargeIsRefused() {
        UUID p = patient();
        var pharmacist = assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.pharm", Set.of(Roles.PHARMACIST),
                () -> admit.admit(UUID.randomUUID(), p, admitted(willow, "03/03/2027", "08:00", consultant, "INFORMAL"))));
        assertTrue(pharmacist.getMessage().contains("role"), pharmacist.getMessage());
        assertEquals(0, AsAnotherUser.run("RAT", "it.pharm", Set.of(Roles.PHARMACIST), () -> read.ofPatient(p).episodes().size()),
                "a pharmacist reads them");
        var rwk = assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RWK", "it.rwk", Set.of(Roles.CLINICIAN),
                () -> read.ofPatient(UUID.randomUUID())));
        assertTrue(rwk.getMessage().contains("has not taken discharge"), rwk.getMessage());
    }

    /** A Monday a few weeks ahead that is not a bank holiday, for a clinic session. */
    static LocalDate ordinaryMonday() {
        LocalDate d = LocalDate.of(2027, 3, 3).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (org.openepr.clinics.domain.BankHolidays.isBankHoliday(d)) {
            d = d.plusWeeks(1);
        }
        return d;
    }

    @Test
    void aWaitingListReferralIsAcceptedOnceAndADischargeFromClinicEndsTheEpisode() {
        UUID p = patient();
        String service = "Memory Service " + UUID.randomUUID().toString().substring(0, 6);
        var entry = waitingList.refer(p, service, "01/03/2027", "routine");
        var choices = accept.choices(p);
        assertEquals(List.of(entry.id()), choices.referrals().stream().map(r -> r.id()).toList(), "the waiting list feeds the form");

        UUID submission = UUID.randomUUID();
        var form = new AcceptReferral.AcceptForm(entry.id().toString(), null, null, "Memory team North", "02/03/2027", otherConsultant, "98");
        EpisodeOfCare e = accept.accept(submission, p, form);
        assertEquals(service, e.service(), "the service comes from the waiting list");
        assertEquals(LocalDate.of(2027, 3, 1), e.referralDate());
        assertEquals(e.id(), accept.accept(submission, p, form).id(), "Accept pressed twice accepts once");
        assertTrue(accept.choices(p).referrals().isEmpty(), "an accepted referral is not offered again");
        var twice = assertThrows(InvalidInputException.class, () -> accept.accept(UUID.randomUUID(), p, form));
        assertEquals("referral", twice.problems().get(0).field());
        var sameService = assertThrows(ConflictException.class, () -> accept.accept(UUID.randomUUID(), p,
                new AcceptReferral.AcceptForm(null, service.toLowerCase(), "02/03/2027", "Another team", "03/03/2027", consultant, "INFORMAL")));
        assertEquals("service", sameService.field());

        // the clinic: a session of the same service, the patient booked, seen and discharged from clinic
        LocalDate monday = ordinaryMonday();
        var clinic = clinicSetup.createClinic(new ClinicSetup.ClinicForm("IT Episodes clinic " + UUID.randomUUID().toString().substring(0, 6), service,
                "Goodmayes Hospital", "Dr Patel"));
        clinicSetup.addTemplate(clinic.id(), new SessionPattern.Form("MONDAY", "09:00", "10:00", "30", "1", "NEW", "Dr Patel",
                monday.minusWeeks(1).toString(), null));
        clinicSetup.generate(clinic.id(), monday, monday);
        var slots = freeSlots.search(clinic.id(), null, null, null, monday, monday);
        var booked = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(0).id(), p, "NEW", "Memory assessment", clinic.id())).booking();
        UUID p2 = patient();
        EpisodeOfCare e2 = accept.accept(UUID.randomUUID(), p2, new AcceptReferral.AcceptForm(null, service, "01/03/2027", "Memory team North",
                "02/03/2027", consultant, "INFORMAL"));
        var booked2 = booking.book(new BookAppointment.Request(UUID.randomUUID(), slots.get(1).id(), p2, "NEW", "Memory assessment", clinic.id()))
                .booking();
        clock.set(monday.atTime(9, 5));
        clinicDay.checkIn(booked.id());
        clinicDay.conclude(booked.id(), "ATTENDED", "DISCHARGE", null);

        var after = read.episode(e.id());
        assertFalse(after.isOpen(), "the discharge from clinic ended the community episode");
        assertEquals("Discharged from clinic", after.episode().endReason());
        EpisodeEnded heard = ended.of(e.id()).orElseThrow(() -> new AssertionError("EpisodeEnded was not fired"));
        assertEquals(new EpisodeEnded(e.id(), p, false, service, LocalDate.of(2027, 3, 2).atStartOfDay(UK).toInstant(),
                monday.atTime(9, 5).atZone(UK).toInstant(), otherConsultant, "98", "98", consultant), heard);

        // a booking clerk records the same outcome for the next patient: the clinic's outcome is saved, the episode stays
        // open for its team (an episode's end sets off a discharge summary, which a clinician drafts)
        clock.set(monday.atTime(9, 35));
        AsAnotherUser.run("RAT", "it.clerk", Set.of(Roles.CLERK), () -> {
            clinicDay.checkIn(booked2.id());
            return clinicDay.conclude(booked2.id(), "ATTENDED", "DISCHARGE", null);
        });
        assertTrue(read.episode(e2.id()).isOpen());
        assertEquals(0, ended.count(e2.id()));
    }
}
