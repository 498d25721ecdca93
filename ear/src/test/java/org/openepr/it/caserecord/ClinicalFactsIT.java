package org.openepr.it.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
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
import org.openepr.caserecord.application.facts.BannerAlerts;
import org.openepr.caserecord.application.facts.BannerLegalStatus;
import org.openepr.caserecord.application.facts.ChangeProblem;
import org.openepr.caserecord.application.facts.EndLegalStatus;
import org.openepr.caserecord.application.facts.EndRisk;
import org.openepr.caserecord.application.facts.LegalStatusHistory;
import org.openepr.caserecord.application.facts.ProblemList;
import org.openepr.caserecord.application.facts.RecordLegalStatus;
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.application.facts.RenewLegalStatus;
import org.openepr.caserecord.application.facts.ReviewRisk;
import org.openepr.caserecord.application.facts.RiskAlerts;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.caserecord.domain.risks.RiskSeverity;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * Problems and diagnoses, alerts and risks, legal status inside Liberty on PostgreSQL, through the use cases the
 * screens and the API use, on the movable clock (Wed 03-Mar-2027 10:00 unless a test moves it).
 */
@ExtendWith(ArquillianExtension.class)
class ClinicalFactsIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-clinical-facts-it", NhsNumbers.class, MovableClock.class, AsAnotherUser.class);
    }

    static final String CLINICIAN = "it.facts.clinician";
    static final LocalDateTime START = LocalDateTime.of(2027, 3, 3, 10, 0);

    @Inject TrustContext trust;
    @Inject MovableClock clock;
    @Inject RegisterPatient register;
    @Inject RecordProblem recordProblem;
    @Inject ChangeProblem changeProblem;
    @Inject ProblemList problemList;
    @Inject RecordRisk recordRisk;
    @Inject ReviewRisk reviewRisk;
    @Inject EndRisk endRisk;
    @Inject RiskAlerts riskAlerts;
    @Inject BannerAlerts bannerAlerts;
    @Inject RecordLegalStatus recordLegal;
    @Inject RenewLegalStatus renewLegal;
    @Inject EndLegalStatus endLegal;
    @Inject LegalStatusHistory legalHistory;
    @Inject BannerLegalStatus bannerLegal;
    @Inject ReadAuditTrail audit;

    @BeforeEach
    void wednesdayMorning() {
        clock.set(START);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    void as(String ods, String user, String... roles) {
        trust.bind(new Caller(user, user, "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    /** A clinician who, as trust admin too, reads the audit trail. */
    void asClinician(String ods) {
        as(ods, CLINICIAN, Roles.CLINICIAN, Roles.TRUST_ADMIN);
    }

    UUID patient(String ods) {
        asClinician(ods);
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Facts", "Fay", "1975-05-05", "female",
                "2 Record Row", null, "London", "E1 6AN", "F84003")).patient().id();
    }

    static String field(InvalidInputException e) {
        return e.problems().get(0).field();
    }

    // --- legal status

    @Test
    void aNewLegalStatusEndsTheCurrentOneAndTheHistoryIsKept() {
        UUID p = patient("RAT");
        LegalStatus s2 = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_2", "01/03/2027", "14:30"));
        assertEquals("Section 2, 26 days left, ends 29-Mar-2027", bannerLegal.of(p).orElseThrow().text());
        LegalStatus s3 = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_3", "03/03/2027", "09:00"));

        var history = legalHistory.forPatient(p);
        assertEquals(s3.id(), history.current().orElseThrow().id(), "one current status");
        assertEquals(2, history.all().size(), "the history is kept");
        LegalStatus ended = history.all().stream().filter(s -> s.id().equals(s2.id())).findFirst().orElseThrow();
        assertEquals(s3.startedAt(), ended.endedAt(), "section 2 ends when section 3 starts");
        assertTrue(ended.endReason().contains("Section 3"));
        assertEquals("Section 3, 184 days left, renewal due 03-Sep-2027", bannerLegal.of(p).orElseThrow().text());
        assertEquals("03", s3.section().nhsCode());
    }

    @Test
    void impossibleDatesAreRefusedAndNothingIsSaved() {
        UUID p = patient("RAT");
        var future = assertThrows(InvalidInputException.class,
                () -> recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_136", "03/03/2027", "11:00")));
        assertEquals("start", field(future));
        LegalStatus s136 = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_136", "03/03/2027", "08:00"));
        var beforeStart = assertThrows(InvalidInputException.class, () -> endLegal.end(s136.id(), s136.version(), "03/03/2027", "07:59", "Assessed"));
        assertEquals("end", field(beforeStart));
        var beforeCurrent = assertThrows(InvalidInputException.class,
                () -> recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_2", "02/03/2027", "08:00")));
        assertEquals("start", field(beforeCurrent), "a new status cannot start before the current one");
        assertEquals(1, legalHistory.forPatient(p).all().size());
        assertTrue(legalHistory.forPatient(p).current().orElseThrow().isCurrent());
        assertThrows(InvalidInputException.class, () -> recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_99", "03/03/2027", null)));
    }

    @Test
    void section3IsRenewedBeforeItExpiresAndNotAfter() {
        UUID p = patient("RAT");
        LegalStatus s3 = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_3", "03/03/2027", "10:00"));
        clock.set(LocalDateTime.of(2027, 8, 20, 10, 0));
        assertTrue(bannerLegal.of(p).orElseThrow().text().startsWith("Section 3, 14 days left, renewal due 03-Sep-2027"));
        LegalStatus renewed = renewLegal.renew(s3.id(), s3.version());
        assertEquals("03-Mar-2028", org.openepr.platform.time.UkDates.date(renewed.expiresAt()), "renewed for 6 months from the expiry");

        LegalStatus cto = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("CTO", "20/08/2027", "10:00"));
        clock.set(LocalDateTime.of(2028, 2, 21, 10, 0));
        var countdown = bannerLegal.of(p).orElseThrow();
        assertTrue(countdown.expired() && countdown.urgent(), countdown.text());
        var lapsed = assertThrows(InvalidInputException.class, () -> renewLegal.renew(cto.id(), legalHistory.entry(cto.id()).version()));
        assertEquals("renew", field(lapsed));
    }

    // --- alerts and risks

    @Test
    void aRiskIsOverdueAfterItsReviewDateUntilReviewed() {
        UUID p = patient("RAT");
        assertTrue(bannerAlerts.of(p).items().isEmpty());
        assertTrue(bannerLegal.of(p).isEmpty());
        RiskAlert a = recordRisk.record(p, new RecordRisk.RiskForm("RISK_TO_SELF", "HIGH", "Overdose in January", "10/03/2027"));
        assertEquals(1, bannerAlerts.of(p).items().size(), "the banner shows what was recorded since it was last read");
        recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("INFORMAL", "03/03/2027", null));
        assertEquals("Informal", bannerLegal.of(p).orElseThrow().text());
        assertFalse(bannerAlerts.of(p).anyOverdue());
        clock.set(LocalDateTime.of(2027, 3, 10, 18, 0));
        assertFalse(bannerAlerts.of(p).anyOverdue(), "due today is not overdue");
        clock.set(LocalDateTime.of(2027, 3, 11, 9, 0));
        assertTrue(bannerAlerts.of(p).items().get(0).overdue(), "overdue the day after its review date");

        // another clinician reviews it
        RiskAlert reviewed = AsAnotherUser.run("RAT", "it.facts.reviewer", Set.of(Roles.CLINICIAN), () -> {
            var past = assertThrows(InvalidInputException.class, () -> reviewRisk.review(a.id(), a.version(), "09/03/2027", null));
            assertEquals("reviewDate", field(past));
            return reviewRisk.review(a.id(), a.version(), "11/04/2027", "MEDIUM");
        });
        assertEquals("it.facts.reviewer", reviewed.reviewedBy());
        assertEquals(RiskSeverity.MEDIUM, riskAlerts.alert(a.id()).severity());
        assertFalse(bannerAlerts.of(p).anyOverdue());

        endRisk.end(a.id(), riskAlerts.alert(a.id()).version(), "Risk reassessed: no longer applies");
        var alerts = riskAlerts.forPatient(p);
        assertTrue(alerts.current().isEmpty());
        assertEquals(1, alerts.ended().size(), "an ended alert is kept");
        assertTrue(bannerAlerts.of(p).items().isEmpty());
    }

    @Test
    void aBookingClerkSeesAlertsInTheBannerButCannotRecordThem() {
        UUID p = patient("RAT");
        recordRisk.record(p, new RecordRisk.RiskForm("RISK_TO_OTHERS", "MEDIUM", "Verbal aggression at reception", "01/04/2027"));
        AsAnotherUser.run("RAT", "it.facts.clerk", Set.of(Roles.CLERK), () -> {
            assertEquals(1, bannerAlerts.of(p).items().size());
            assertThrows(AccessRefusedException.class,
                    () -> recordRisk.record(p, new RecordRisk.RiskForm("SAFEGUARDING", "LOW", "Clerk typed this", "01/04/2027")));
            assertThrows(AccessRefusedException.class,
                    () -> recordProblem.record(p, new RecordProblem.ProblemForm("icd10:F20.0", null, null, null, false, null)));
            assertThrows(AccessRefusedException.class, () -> recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_2", "03/03/2027", null)));
            assertThrows(AccessRefusedException.class, () -> riskAlerts.forPatient(p), "the full list is for those who treat");
            return null;
        });
        assertEquals(1, riskAlerts.forPatient(p).current().size(), "nothing the clerk tried was saved");
        AsAnotherUser.run("RWK", "it.facts.rwk", Set.of(Roles.CLINICIAN), () ->
                assertThrows(AccessRefusedException.class, () -> bannerAlerts.of(p), "a trust that has not taken the case record"));
    }

    @Test
    void anotherTrustsPatientAnswersAsMissing() {
        UUID p = patient("RAT");
        RiskAlert a = recordRisk.record(p, new RecordRisk.RiskForm("RISK_FROM_OTHERS", "HIGH", "Exploitation", "01/04/2027"));
        AsAnotherUser.run("RKL", "it.facts.rkl", Set.of(Roles.CLINICIAN), () -> {
            assertThrows(RecordNotFoundException.class, () -> riskAlerts.forPatient(p));
            assertThrows(RecordNotFoundException.class, () -> riskAlerts.alert(a.id()));
            assertThrows(RecordNotFoundException.class, () -> recordRisk.record(p, new RecordRisk.RiskForm("SAFEGUARDING", "LOW", "x", "01/04/2027")));
            assertTrue(bannerAlerts.of(p).items().isEmpty(), "row-level security keeps another trust's alerts out of the banner");
            return null;
        });
        assertEquals(1, riskAlerts.forPatient(p).current().size());
    }

    // --- problems and diagnoses

    @Test
    void onePrimaryDiagnosisAtATime() {
        UUID p = patient("RAT");
        Problem paranoid = recordProblem.record(p, new RecordProblem.ProblemForm("icd10:F20.0", null, null, "01/06/2019", true, null));
        Problem depression = recordProblem.record(p, new RecordProblem.ProblemForm("icd10:F32.1", null, null, null, true, null));
        Problem diabetes = recordProblem.record(p, new RecordProblem.ProblemForm("snomed:73211009", null, null, null, false, null));
        var list = problemList.forPatient(p);
        assertEquals(depression.id(), list.primaryDiagnosis().orElseThrow().id());
        assertEquals(1, list.current().stream().filter(Problem::isPrimaryDiagnosis).count());
        assertFalse(list.current().stream().filter(x -> x.id().equals(paranoid.id())).findFirst().orElseThrow().isPrimaryDiagnosis());

        Problem back = changeProblem.makePrimary(paranoid.id(), problemList.entry(paranoid.id()).version());
        assertTrue(back.isPrimaryDiagnosis());
        assertEquals(paranoid.id(), problemList.forPatient(p).primaryDiagnosis().orElseThrow().id());
        var notADiagnosis = assertThrows(InvalidInputException.class, () -> changeProblem.makePrimary(diabetes.id(), diabetes.version()));
        assertTrue(notADiagnosis.getMessage().contains("Only a diagnosis"));

        Problem resolved = changeProblem.resolve(paranoid.id(), problemList.entry(paranoid.id()).version(), "02/03/2027");
        assertFalse(resolved.isPrimaryDiagnosis(), "a resolved diagnosis is no longer primary");
        changeProblem.enteredInError(diabetes.id(), diabetes.version(), "Wrong patient");
        var after = problemList.forPatient(p);
        assertEquals(1, after.current().size());
        assertEquals(2, after.past().size(), "nothing is deleted");
    }

    @Test
    void unknownCodesAndFutureDatesAreRefusedNamingTheField() {
        UUID p = patient("RAT");
        var unknown = assertThrows(InvalidInputException.class, () -> recordProblem.record(p, new RecordProblem.ProblemForm("snomed:12345678", null, null, null, false, null)));
        assertEquals("code", field(unknown));
        var future = assertThrows(InvalidInputException.class, () -> recordProblem.record(p, new RecordProblem.ProblemForm("icd10:F20.0", null, null, "04/03/2027", false, null)));
        assertEquals("onset", field(future));
        var nothing = assertThrows(InvalidInputException.class, () -> recordProblem.record(p, new RecordProblem.ProblemForm(null, " ", "PROBLEM", null, false, null)));
        assertEquals("code", field(nothing));
        var futureReview = assertThrows(InvalidInputException.class, () -> recordRisk.record(p, new RecordRisk.RiskForm("RISK_TO_SELF", "LOW", "x", "02/03/2027")));
        assertEquals("reviewDate", field(futureReview));
        Problem words = recordProblem.record(p, new RecordProblem.ProblemForm(null, "Hoarding with fire risk", "PROBLEM", "01/01/2026", false, null));
        assertFalse(words.isCoded());
        assertEquals(1, problemList.forPatient(p).current().size(), "only the valid entry was saved");
    }

    @Test
    void everyChangeAndReadIsAudited() {
        UUID p = patient("RAT");
        Problem d = recordProblem.record(p, new RecordProblem.ProblemForm("icd10:F31.1", null, null, null, true, null));
        RiskAlert a = recordRisk.record(p, new RecordRisk.RiskForm("SAFEGUARDING", "MEDIUM", "Child at home", "01/04/2027"));
        LegalStatus s = recordLegal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_5_2", "03/03/2027", "09:00"));
        bannerAlerts.of(p);
        clock.set(START.plus(Duration.ofMinutes(5)));
        reviewRisk.review(a.id(), a.version(), "02/05/2027", null);
        endLegal.end(s.id(), s.version(), "03/03/2027", "10:04", "Assessed: informal admission");
        List<String> actions = audit.forPatient(p).stream().map(e -> e.action()).toList();
        for (String expected : List.of("PROBLEM_RECORDED", "RISK_RECORDED", "RISKS_VIEWED", "RISK_REVIEWED", "LEGAL_STATUS_RECORDED", "LEGAL_STATUS_ENDED")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        assertTrue(audit.about(d.id().toString()).stream().anyMatch(e -> e.detail().contains("F31.1")));
    }
}
