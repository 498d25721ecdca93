package org.openepr.it.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.application.observations.RecordObservations;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.clinics.application.BookAppointment;
import org.openepr.clinics.application.ClinicSetup;
import org.openepr.clinics.application.FindFreeSlots;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.discharge.application.summary.EditSummary;
import org.openepr.discharge.application.summary.PrintSummary;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SignSummary;
import org.openepr.discharge.application.summary.SummaryDocumentReads;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.discharge.application.summary.SummaryView;
import org.openepr.discharge.application.summary.TrustUnsignedSummaries;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.StaleSummaryException;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.NhsNumbers;
import org.openepr.medicines.application.AmendOrder;
import org.openepr.medicines.application.Allergies;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.StopOrder;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.drafts.DraftSaved;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Discharge summaries inside Liberty on PostgreSQL, through the use cases the screens and the API use: a patient with a
 * record made during an admission (diagnoses, risks, legal status, medicines started, changed and stopped, allergies,
 * observations, a booked follow-up), discharged by firing {@link EpisodeEnded} as episodes of care does; the draft's
 * headings checked one by one; then editing, signing, corrections and the rules around them. Movable clock.
 */
@ExtendWith(ArquillianExtension.class)
class DischargeSummaryIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-discharge-summary-it", NhsNumbers.class, MovableClock.class, AsAnotherUser.class, FiredSignings.class);
    }

    static final String CLINICIAN = "it.discharge.rc";
    static final String PHARMACIST = "it.discharge.pharmacist";
    static final LocalDateTime ADMITTED = LocalDateTime.of(2027, 2, 24, 10, 0);
    static final LocalDateTime DISCHARGED = LocalDateTime.of(2027, 3, 3, 10, 0);
    static final String OVERRIDE = "Reviewed with the consultant: benefit outweighs the risk";

    @Inject TrustContext trust;
    @Inject MovableClock clock;
    @Inject java.time.Clock now;
    @Inject Event<EpisodeEnded> discharge;
    @Inject RegisterPatient register;
    @Inject RecordProblem problems;
    @Inject RecordRisk risks;
    @Inject RecordLegalStatus legal;
    @Inject RecordObservations observations;
    @Inject Prescribe prescribe;
    @Inject AmendOrder amend;
    @Inject StopOrder stop;
    @Inject PharmacyVerification pharmacy;
    @Inject Allergies allergies;
    @Inject MedicineDictionary dictionary;
    @Inject ClinicSetup clinicSetup;
    @Inject FindFreeSlots freeSlots;
    @Inject BookAppointment booking;
    @Inject ReadSummaries reading;
    @Inject EditSummary edits;
    @Inject SignSummary signing;
    @Inject SummarySigningRules rules;
    @Inject SummaryDocumentReads documents;
    @Inject TrustUnsignedSummaries unsigned;
    @Inject ReadAuditTrail audit;
    @Inject PrintSummary printing;
    @Inject PrintSummary.Printer printer;

    @BeforeEach
    void atAdmission() {
        clock.set(ADMITTED.minusDays(3));
        FiredSignings.FIRED.clear();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    void as(String ods, String user, String... roles) {
        trust.bind(new Caller(user, user, "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    /** The responsible clinician: prescribes, keeps the record, books, and (as trust admin) sets up clinics and reads the audit trail. */
    void asClinician(String ods) {
        as(ods, CLINICIAN, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.TRUST_ADMIN, Roles.CLERK);
    }

    UUID patient(String ods, String family) {
        asClinician(ods);
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), family, "Dana", "1975-05-05", "female",
                "2 Record Row", null, "London", "E1 6AN", "F84003")).patient().id();
    }

    static Instant at(LocalDateTime uk) {
        return uk.atZone(UkDates.UK).toInstant();
    }

    EpisodeEnded episode(UUID patient) {
        return new EpisodeEnded(UUID.randomUUID(), patient, true, "Willow Ward", at(ADMITTED), at(DISCHARGED), CLINICIAN, "03", "01", CLINICIAN);
    }

    /** Discharged now, as episodes of care does (the event, synchronously); the summary it drafted. */
    SummaryView discharged(EpisodeEnded episode) {
        clock.set(DISCHARGED);
        discharge.fire(episode);
        return reading.summary(reading.forPatient(episode.patientId()).get(0).id());
    }

    String product(String name) {
        return dictionary.search(name, 5).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name)).productId();
    }

    PrescriptionForm rx(String product, String dose, String frequency, String indication, String notes) {
        return new PrescriptionForm(product(product), null, dose, frequency, null, UkDates.typed(LocalDate.now(now)), null, indication, notes);
    }

    UUID prescribed(UUID patient, PrescriptionForm form) {
        return prescribe.prescribe(UUID.randomUUID(), patient, "Willow Ward", form, OVERRIDE).order().id();
    }

    void verifiedByPharmacy(UUID order, int version) {
        AsAnotherUser.run("RAT", PHARMACIST, Set.of(Roles.PHARMACIST), () -> pharmacy.verify(order, version, "Checked"));
    }

    static String text(SummaryView v, Heading h) {
        return v.headings().stream().filter(t -> t.heading() == h).findFirst().orElseThrow().text();
    }

    static String saveId() {
        return UUID.randomUUID().toString();
    }

    /** Every mandatory heading the record could not fill, filled as a clinician would. */
    static String completed(SummaryView v) {
        SummaryContent c = SummaryContent.parse(v.headingsJson());
        return c.with(Heading.CLINICAL_SUMMARY, "Admitted under section 3 with a severe depressive episode; improved with sertraline and olanzapine.")
                .with(Heading.ALLERGIES, c.isEmpty(Heading.ALLERGIES) ? "No known drug allergies (asked on discharge)" : c.of(Heading.ALLERGIES))
                .with(Heading.PLAN_AND_REQUESTED_ACTIONS, "Please review sertraline in 4 weeks.").toJson();
    }

    @Test
    void theDraftFillsEachHeadingFromTheRecord_andMarksWhatTheClinicianMustAdd() {
        UUID p = patient("RAT", "Drafted");
        // before admission: three medicines, verified
        UUID mirtazapine = prescribed(p, rx("Mirtazapine 15mg tablets", "15", "AT_NIGHT", "Depression", null));
        UUID sertraline = prescribed(p, rx("Sertraline 50mg tablets", "50", "ONCE_DAILY", "Depression", null));
        UUID lorazepam = prescribed(p, rx("Lorazepam 1mg tablets", "1", "AT_NIGHT", "Anxiety", null));
        verifiedByPharmacy(mirtazapine, 1);
        verifiedByPharmacy(sertraline, 1);
        verifiedByPharmacy(lorazepam, 1);

        // during the admission
        clock.set(ADMITTED.plusDays(1));
        problems.record(p, new RecordProblem.ProblemForm("icd10:F32.2", null, null, "01/02/2027", true, null));
        problems.record(p, new RecordProblem.ProblemForm("snomed:193462001", null, null, null, false, null));
        risks.record(p, new RecordRisk.RiskForm("RISK_TO_SELF", "HIGH", "Overdose in January", "10/03/2027"));
        risks.record(p, new RecordRisk.RiskForm("RISK_FROM_OTHERS", "MEDIUM", "Financial exploitation by a neighbour", "01/04/2027"));
        legal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_3", "24/02/2027", "10:00"));
        allergies.record(p, new Allergies.AllergyForm("PENICILLINS", "ALLERGY", "Anaphylaxis", "SEVERE", "CONFIRMED", null));
        UUID olanzapine = prescribed(p, rx("Olanzapine 10mg tablets", "10", "AT_NIGHT", "Psychotic symptoms", null));
        clock.set(ADMITTED.plusDays(2));
        amend.amend(sertraline, 1, rx("Sertraline 50mg tablets", "100", "ONCE_DAILY", "Depression", "Mood still low at 50 mg"), OVERRIDE);
        clock.set(ADMITTED.plusDays(3));
        stop.stop(lorazepam, 1, "Risk of dependence");
        observations.record(p, new VitalSignsForm("72.4", null, "128", "82", null, null, null, "27/02/2027", "09:00"));
        // a follow-up booked before discharge
        String clinic = "IT Discharge Clinic " + UUID.randomUUID().toString().substring(0, 8);
        var c = clinicSetup.createClinic(new ClinicSetup.ClinicForm(clinic, "CMHT East", "Goodmayes Hospital", "Dr Patel"));
        clinicSetup.addTemplate(c.id(), new SessionPattern.Form("MONDAY", "09:00", "10:00", "30", "1", "FOLLOW_UP", "Dr Patel", "2027-03-01", null));
        clinicSetup.generate(c.id(), LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15));
        var slot = freeSlots.search(c.id(), null, null, null, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15)).get(0);
        booking.book(new BookAppointment.Request(UUID.randomUUID(), slot.id(), p, "FOLLOW_UP", "Review after discharge", c.id()));

        EpisodeEnded episode = episode(p);
        SummaryView v = discharged(episode);

        assertEquals(SummaryState.DRAFTED, v.state(), "the clinical summary is still to write");
        assertEquals(at(DISCHARGED), v.stateSince(), "unsigned since the discharge");
        assertEquals(List.of(Heading.CLINICAL_SUMMARY), v.emptyMandatory(), "the only mandatory heading the record cannot fill");
        assertTrue(v.headings().stream().filter(h -> h.heading() == Heading.CLINICAL_SUMMARY).findFirst().orElseThrow().mustAdd());

        assertEquals("DRAFTED, Dana\nNHS number " + v.patient().nhsNumberFormatted() + "\nBorn 05-May-1975, Female\n2 Record Row, London, E1 6AN",
                text(v, Heading.PATIENT_DEMOGRAPHICS));
        assertEquals("Registered GP practice: ODS code F84003", text(v, Heading.GP_PRACTICE));
        assertEquals("Admitted to Willow Ward on 24-Feb-2027 10:00; discharged on 03-Mar-2027 10:00 (7 days)\n"
                + "Responsible clinician: " + CLINICIAN + "\n"
                + "Legal status at admission: Section 3 (03); at discharge: Informal (01)", text(v, Heading.ADMISSION_DETAILS));
        assertEquals("- Primary diagnosis: Severe depressive episode without psychotic symptoms (ICD-10 F32.2), since 01-Feb-2027\n"
                + "- Problem: Insomnia (SNOMED CT 193462001)", text(v, Heading.DIAGNOSES));
        assertEquals("", text(v, Heading.CLINICAL_SUMMARY));
        String medicines = text(v, Heading.MEDICATIONS);
        String[] parts = medicines.split("\nChanges since admission:\n");
        assertEquals(2, parts.length, medicines);
        assertEquals(Set.of("On discharge:",
                        "- Mirtazapine 15mg tablets: 15 mg at night. Pharmacy: Verified",
                        "- Sertraline 50mg tablets: 100 mg once a day. Pharmacy: Awaiting verification. Changed during this stay",
                        "- Olanzapine 10mg tablets: 10 mg at night. Pharmacy: Awaiting verification. Started during this stay"),
                Set.of(parts[0].split("\n")), "every medicine on discharge with its verification; lorazepam stopped");
        assertEquals("- Started: Olanzapine 10mg tablets 10 mg at night. Reason: Psychotic symptoms\n"
                        + "- Changed: from Sertraline 50mg tablets 50 mg once a day to Sertraline 50mg tablets 100 mg once a day. Reason: Mood still low at 50 mg\n"
                        + "- Stopped: Lorazepam 1mg tablets 1 mg at night. Reason: Risk of dependence",
                parts[1], "the changes since admission, in the order they were made, each with its reason");
        assertEquals("- Penicillins: Allergy, Anaphylaxis, Severe (Confirmed)", text(v, Heading.ALLERGIES));
        assertEquals("- Risk to self (High): Overdose in January; review by 10-Mar-2027\n"
                + "- Risk from others (Medium): Financial exploitation by a neighbour; review by 01-Apr-2027", text(v, Heading.SAFETY_ALERTS));
        assertEquals("Mental Health Act status during the stay:\n- Section 3 (03): from 24-Feb-2027 10:00, in force until 24-Aug-2027 10:00",
                text(v, Heading.LEGAL_INFORMATION));
        assertEquals("", text(v, Heading.PROCEDURES), "nothing in the record: the clinician adds procedures if any");
        assertEquals("- Weight: 72.4 kg (27-Feb-2027 09:00)\n- Blood pressure: 128/82 mmHg (27-Feb-2027 09:00)", text(v, Heading.INVESTIGATION_RESULTS));
        assertEquals("", text(v, Heading.PLAN_AND_REQUESTED_ACTIONS));
        assertEquals("- 15-Mar-2027 09:00, " + clinic + " (Follow-up): Review after discharge", text(v, Heading.FUTURE_APPOINTMENTS));
        assertEquals("", text(v, Heading.INFORMATION_GIVEN));
        assertEquals(CLINICIAN + ", responsible clinician", text(v, Heading.PERSON_COMPLETING));

        // drafted once per episode; every read that fed it was audited, saying why
        discharge.fire(episode);
        assertEquals(1, reading.forPatient(p).size(), "the same discharge again drafts nothing new");
        var lines = audit.forPatient(p).stream().filter(a -> a.detail() != null && a.detail().startsWith("discharge summary: "))
                .map(a -> a.action()).toList();
        assertTrue(lines.containsAll(List.of("PROBLEMS_VIEWED", "RISKS_VIEWED", "LEGAL_STATUS_VIEWED", "OBSERVATIONS_VIEWED", "MEDICINES_VIEWED",
                "ALLERGIES_VIEWED", "APPOINTMENTS_VIEWED")), lines.toString());
        assertTrue(audit.about(v.id()).stream().anyMatch(a -> a.action().equals("SUMMARY_DRAFTED")));
    }

    @Test
    void signingWithMandatoryHeadingsEmptyIsRefusedNamingThem_andNothingIsSaved() {
        UUID p = patient("RAT", "Unsigned");
        SummaryView v = discharged(episode(p));
        assertEquals(List.of(Heading.CLINICAL_SUMMARY, Heading.ALLERGIES), v.emptyMandatory(), "allergies never recorded: the clinician must ask");
        var refused = assertThrows(InvalidInputException.class, () -> signing.sign(saveId(), v.id(), v.revision(), v.headingsJson()));
        assertEquals("headings", refused.problems().get(0).field());
        assertEquals("The summary cannot be signed while these mandatory headings are empty: Clinical summary, Allergies and adverse reactions",
                refused.problems().get(0).message());
        SummaryView after = reading.summary(v.id());
        assertEquals(v.revision(), after.revision(), "nothing half-saved");
        assertEquals(0, after.signedVersion());
        assertTrue(FiredSignings.FIRED.isEmpty());
    }

    @Test
    void signedSummariesCannotChange_aCorrectionIsANewVersionThatReplacesTheOld() {
        UUID p = patient("RAT", "Signed");
        SummaryView v = discharged(episode(p));
        DraftSaved saved = edits.save(saveId(), v.id(), v.revision(), completed(v));
        assertEquals(SummaryState.AWAITING_SIGNATURE, reading.summary(v.id()).state());
        clock.set(DISCHARGED.plusHours(3));
        DraftSaved signed = signing.sign(saveId(), v.id(), saved.revision(), completed(v));

        SummaryView one = reading.summary(v.id());
        // signed, and queued for its GP practice in the same transaction: the state shown is the sending's
        assertEquals(SummaryState.QUEUED, one.state());
        assertEquals(1, one.signedVersion());
        assertEquals(1, FiredSignings.FIRED.size(), "signing fires SummarySigned once, in its transaction");
        var event = FiredSignings.FIRED.get(0);
        assertEquals(1, event.version());
        assertNull(event.replacesVersion());
        assertEquals("F84003", event.gpPractice());
        assertEquals(one.patient().nhsNumber(), event.nhsNumber());
        assertTrue(event.documentJson().contains("\"resourceType\":\"Bundle\"") && event.documentJson().contains("\"type\":\"document\""));
        assertTrue(event.documentJson().contains("373942005"));
        assertEquals(at(DISCHARGED.plusHours(3)), event.signedAt());

        // immutable: neither an edit nor a second signature of the same version
        String changed = SummaryContent.parse(completed(v)).with(Heading.PROCEDURES, "ECT x 6").toJson();
        var edit = assertThrows(InvalidInputException.class, () -> edits.save(saveId(), v.id(), signed.revision(), changed));
        assertTrue(edit.getMessage().contains("signed (version 1) and cannot change"), edit.getMessage());
        assertThrows(InvalidInputException.class, () -> signing.sign(saveId(), v.id(), signed.revision(), changed));
        assertEquals(SummaryContent.parse(completed(v)), reading.version(v.id(), 1).content());

        // a correction: a new draft from the signed text, signed as version 2, replacing version 1
        DraftSaved correcting = edits.startCorrection(saveId(), v.id(), signed.revision());
        assertEquals(SummaryState.AWAITING_SIGNATURE, reading.summary(v.id()).state());
        assertTrue(reading.summary(v.id()).correction());
        DraftSaved edited = edits.save(saveId(), v.id(), correcting.revision(), changed);
        DraftSaved second = signing.sign(saveId(), v.id(), edited.revision(), changed);
        SummaryView two = reading.summary(v.id());
        assertEquals(2, two.signedVersion());
        assertEquals(List.of(1, 2), two.versions().stream().map(SummaryView.VersionListed::number).toList());
        assertEquals(1, two.versions().get(1).replacesVersion());
        assertEquals(2, FiredSignings.FIRED.size());
        assertEquals(1, FiredSignings.FIRED.get(1).replacesVersion(), "sent again as a replacement of version 1");
        assertEquals("", reading.version(v.id(), 1).content().of(Heading.PROCEDURES), "version 1 stays as signed");
        assertEquals("ECT x 6", reading.version(v.id(), 2).content().of(Heading.PROCEDURES));
        assertEquals(SummaryDocumentReads.Status.AMENDED, documents.composition(v.id()).status());
        assertEquals(SummaryDocumentReads.Status.FINAL, documents.version(v.id(), 1).status());
        assertTrue(second.revision() > edited.revision());
        byte[] pdf = printer.render(printing.facts(v.id(), 1), "it", Instant.now());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), "version 1 prints");
        assertTrue(audit.about(v.id()).stream().anyMatch(a -> a.action().equals("SUMMARY_PRINTED") && a.detail().equals("signed version 1")));
        var actions = audit.about(v.id()).stream().map(a -> a.action()).toList();
        assertTrue(actions.containsAll(List.of("SUMMARY_DRAFTED", "SUMMARY_SAVED", "SUMMARY_SIGNED", "SUMMARY_CORRECTION_STARTED")), actions.toString());
    }

    @Test
    void aStaleEditIsRefusedWithBothTexts_andASaveSentTwiceSavesOnce() {
        UUID p = patient("RAT", "Stale");
        SummaryView v = discharged(episode(p));
        String theirs = SummaryContent.parse(v.headingsJson()).with(Heading.CLINICAL_SUMMARY, "Colleague's summary").toJson();
        String mine = SummaryContent.parse(v.headingsJson()).with(Heading.CLINICAL_SUMMARY, "My summary").toJson();
        AsAnotherUser.run("RAT", "it.discharge.colleague", Set.of(Roles.CLINICIAN), () -> edits.save(saveId(), v.id(), v.revision(), theirs));
        var stale = assertThrows(StaleSummaryException.class, () -> edits.save(saveId(), v.id(), v.revision(), mine));
        assertTrue(stale.currentText().contains("Colleague's summary"));
        assertTrue(stale.rejectedText().contains("My summary"));
        assertEquals("it.discharge.colleague", stale.savedBy());
        assertEquals("Colleague's summary", text(reading.summary(v.id()), Heading.CLINICAL_SUMMARY), "nothing overwritten");
        assertThrows(StaleSummaryException.class, () -> signing.sign(saveId(), v.id(), v.revision(), mine), "a stale signature too");

        String once = saveId();
        DraftSaved first = edits.save(once, v.id(), stale.currentRevision(), mine);
        DraftSaved again = edits.save(once, v.id(), stale.currentRevision(), mine);
        assertEquals(first.revision(), again.revision());
        assertTrue(again.repeated());
        assertEquals(first.revision(), reading.summary(v.id()).revision(), "one revision for the two sends");
        var bad = assertThrows(InvalidInputException.class, () -> edits.save(saveId(), v.id(), first.revision(), "{\"no-such\":\"x\"}"));
        assertEquals("text", bad.problems().get(0).field());
    }

    @Test
    void whoMaySignIsTheTrustsRule() {
        UUID p = patient("TAF", "Rules");
        SummaryView v = discharged(episode(p));
        String complete = completed(v);
        try {
            rules.decide(List.of(Roles.PRESCRIBER), "12");
            assertEquals(12, rules.current().maxHoursToSign());
            var refused = assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "it.discharge.nurse", Set.of(Roles.CLINICIAN),
                    () -> signing.sign(saveId(), v.id(), v.revision(), complete)));
            assertEquals("Your trust allows only a Prescriber to sign discharge summaries", refused.getMessage());
            var badRules = assertThrows(InvalidInputException.class, () -> rules.decide(List.of(Roles.CLERK), "0"));
            assertEquals(Set.of("signers", "maxHoursToSign"), Set.copyOf(badRules.problems().stream().map(x -> x.field()).toList()));
            assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("TAF", "it.discharge.nurse", Set.of(Roles.CLINICIAN),
                    () -> rules.decide(List.of(Roles.CLINICIAN), "24")), "only the trust admin sets the rules");
            signing.sign(saveId(), v.id(), v.revision(), complete); // a prescriber may
            assertEquals(SummaryState.QUEUED, reading.summary(v.id()).state(), "signed, and queued for the practice");
        } finally {
            rules.decide(List.of(Roles.CLINICIAN), "24");
        }
    }

    @Test
    void unsignedSummariesAreListedWithSinceAndResponsible_andOtherTrustsSeeNothing() {
        UUID p = patient("RAT", "Listed");
        SummaryView v = discharged(episode(p));
        Instant cut = at(DISCHARGED).plusSeconds(1);
        var mine = unsigned.waitingSince(cut, 10_000).stream().filter(t -> t.summaryId().equals(v.id())).findFirst().orElseThrow();
        assertEquals(SummaryState.DRAFTED, mine.state());
        assertEquals(at(DISCHARGED), mine.since());
        assertEquals(CLINICIAN, mine.responsible());
        assertEquals(1, mine.version(), "the version its signature will make");
        var drafted = unsigned.countByState(cut).stream().filter(w -> w.state() == SummaryState.DRAFTED).findFirst().orElseThrow();
        assertTrue(drafted.count() >= drafted.overdue() && drafted.overdue() >= 1 && !drafted.oldestSince().isAfter(at(DISCHARGED)),
                "counted in the database, and past the cut: " + drafted);
        assertTrue(reading.awaitingMySignature().stream().anyMatch(s -> s.id().equals(v.id())));

        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", CLINICIAN, Set.of(Roles.CLINICIAN), () -> reading.summary(v.id())));
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", CLINICIAN, Set.of(Roles.CLINICIAN),
                () -> edits.save(saveId(), v.id(), v.revision(), v.headingsJson())));
        assertFalse(AsAnotherUser.run("RKL", CLINICIAN, Set.of(Roles.CLINICIAN), () -> unsigned.waitingSince(cut, 10_000)).stream()
                .anyMatch(t -> t.summaryId().equals(v.id())));
        // a pharmacist reads but does not write; a clerk does neither
        assertEquals(v.id(), AsAnotherUser.run("RAT", PHARMACIST, Set.of(Roles.PHARMACIST), () -> reading.summary(v.id())).id());
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", PHARMACIST, Set.of(Roles.PHARMACIST),
                () -> edits.save(saveId(), v.id(), v.revision(), v.headingsJson())));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.discharge.clerk", Set.of(Roles.CLERK), () -> reading.summary(v.id())));
    }

    @Test
    void aDischargeBeforeItsAdmissionIsRefused_andAnotherTrustsPatientHasNoDraft() {
        UUID p = patient("RAT", "Backwards");
        clock.set(DISCHARGED);
        var backwards = new EpisodeEnded(UUID.randomUUID(), p, true, "Willow Ward", at(DISCHARGED), at(ADMITTED), CLINICIAN, null, null, CLINICIAN);
        var refused = assertThrows(InvalidInputException.class, () -> discharge.fire(backwards));
        assertEquals("ended", refused.problems().get(0).field());
        assertTrue(reading.forPatient(p).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", CLINICIAN, Set.of(Roles.CLINICIAN, Roles.PRESCRIBER), () -> {
            discharge.fire(episode(p));
            return null;
        }), "another trust's patient is no patient");
    }
}
