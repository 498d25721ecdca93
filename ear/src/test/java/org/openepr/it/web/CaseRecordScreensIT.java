package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Problems, alerts and risks and legal status in headless Chromium, signed in through the real Keycloak: a clinician
 * records a diagnosis, a risk and a section 3; the banner on the patient's page shows the risk and the section's
 * countdown; a booking clerk sees the banner but not the clinical pages.
 */
class CaseRecordScreensIT {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    @Test
    void aClinicianRecordsAProblemARiskAndASection3AndTheBannerShowsThem() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Crfacts"), "Rue", "1979-09-09"));
        String id = p.getIdPart();
        LocalDate today = ServerClock.today();
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + id);
            b.waitForText(By.id("bannerAlerts"), "None recorded");
            b.waitForText(By.id("bannerLegalStatus"), "None recorded");

            b.click("problemsLink");
            b.type("problem:words", "Hoarding with fire risk");
            b.typeDate("problem:onset", today.plusDays(1));
            b.click("problem:record");
            b.waitFor(By.cssSelector(".ui-message-error"));
            assertTrue(b.text(By.id("problem")).contains("Onset cannot be in the future"), "the message names the field");
            assertTrue(b.text(By.id("current:currentProblems")).contains("No current problems"), "nothing was saved");

            b.open("/caserecord/problems.xhtml?patient=" + id);
            b.type("problem:code_input", "F20.0");
            b.waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Paranoid schizophrenia')]")).click();
            b.driver().findElement(By.cssSelector("#problem\\:primary .ui-chkbox-box")).click();
            b.typeDate("problem:onset", today.minusYears(3));
            b.click("problem:record");
            b.waitForText(By.id("current:currentProblems"), "Paranoid schizophrenia");
            String current = b.text(By.id("current:currentProblems"));
            assertTrue(current.contains("Primary diagnosis") && current.contains("ICD-10 F20.0"), current);
            b.screenshot("c20-problems-and-diagnoses");

            b.open("/caserecord/risks.xhtml?patient=" + id);
            new Select(b.waitFor(By.id("risk:category"))).selectByValue("RISK_TO_SELF");
            new Select(b.waitFor(By.id("risk:severity"))).selectByValue("HIGH");
            b.type("risk:details", "Overdose in January; lives alone");
            b.typeDate("risk:reviewDate", today.plusDays(14));
            b.click("risk:record");
            b.waitForText(By.id("current:currentRisks"), "Risk to self, high");
            assertTrue(b.text(By.id("current:currentRisks")).contains(SHOWN.format(today.plusDays(14))));
            b.screenshot("c21-alerts-and-risks");

            b.open("/caserecord/legal-status.xhtml?patient=" + id);
            new Select(b.waitFor(By.id("legal:section"))).selectByValue("SECTION_3");
            b.typeDate("legal:start", today);
            b.click("legal:record");
            LocalDate expiry = today.plusMonths(6);
            String countdown = "Section 3, " + ChronoUnit.DAYS.between(today, expiry) + " days left, renewal due " + SHOWN.format(expiry);
            b.waitForText(By.id("countdown"), countdown);
            assertTrue(b.text(By.id("history")).contains("Section 3"));
            b.screenshot("c22-legal-status");

            assertEquals(countdown, b.text(By.id("legalCountdown")), "the banner on the page of the action shows it");
            b.open("/patients/banner.xhtml?id=" + id);
            b.waitFor(By.id("bannerAlerts"));
            if (!b.text(By.id("bannerAlerts")).contains("Risk to self, high")) {
                b.screenshot("failed-banner");
                throw new AssertionError("banner: " + b.driver().findElement(By.id("patientBanner")).getAttribute("outerHTML"));
            }
            assertEquals(countdown, b.text(By.id("legalCountdown")));
            assertFalse(b.text(By.id("bannerAlerts")).contains("overdue"), "reviewed within its date");
            b.screenshot("c23-banner-alerts-and-legal-status");

            ScreenSweep sweep = new ScreenSweep(b, "rat.clinician");
            for (String page : new String[] {"/caserecord/problems.xhtml", "/caserecord/risks.xhtml", "/caserecord/legal-status.xhtml"}) {
                sweep.check(page + "?patient=" + id);
            }
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + id);
            b.waitForText(By.id("bannerAlerts"), "Risk to self, high");
            assertTrue(b.text(By.id("bannerLegalStatus")).contains("Section 3"), "the front desk sees the legal status");
            assertFalse(b.isPresent(By.id("problemsLink")), "but not the clinical pages");
            b.open("/caserecord/problems.xhtml?patient=" + id);
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
    }

    @Test
    void anotherTrustsPatientLooksLikeNoneOnEveryCaseRecordScreen() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Crother"), "Ola", "1975-05-05"));
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            for (String page : new String[] {"/caserecord/problems.xhtml", "/caserecord/risks.xhtml", "/caserecord/legal-status.xhtml"}) {
                b.open(page + "?patient=" + p.getIdPart());
                String other = b.text(By.id("notFound"));
                b.open(page + "?patient=" + java.util.UUID.randomUUID());
                assertEquals(other, b.text(By.id("notFound")), page + ": another trust's patient looks like no patient at all");
            }
        }
    }
}
