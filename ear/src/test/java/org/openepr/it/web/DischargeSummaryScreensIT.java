package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Db;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The discharge summary editor in headless Chromium, signed in through the real Keycloak: the draft (as drafting
 * leaves it at discharge: made here in the database, since episodes of care are another part) is edited heading by
 * heading, saved as typed with its state shown, refused for signing while a mandatory heading is empty, then signed;
 * the patient's page shows it signed.
 */
class DischargeSummaryScreensIT {

    /** A draft as drafting leaves it: demographics and GP filled, the clinical summary and allergies for the clinician to add. */
    static String draftFor(String patientId) {
        UUID id = UUID.randomUUID();
        String content = SummaryContent.of(Map.of(Heading.PATIENT_DEMOGRAPHICS, "SCREENS, Sol\nBorn 01-Jan-1970", Heading.GP_PRACTICE,
                "Registered GP practice: ODS code F84003", Heading.ADMISSION_DETAILS, "Admitted to Willow Ward on 24-Feb-2027 10:00",
                Heading.PERSON_COMPLETING, "Responsible clinician")).toJson();
        LocalDateTime ended = LocalDateTime.of(2027, 3, 2, 16, 0);
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("insert into discharge_summary (trust, id, patient_id, episode_id, inpatient,"
                + " place, episode_started, episode_ended, responsible_clinician, state, state_since, revision, content, signed_version, drafted_at,"
                + " last_saved_by, last_saved_at) values ('RAT', ?, ?::uuid, ?, true, 'Willow Ward', ?, ?, 'rat.clinician', 'DRAFTED', ?, 1, ?, 0,"
                + " ?, 'rat.clinician', ?)")) {
            st.setObject(1, id);
            st.setString(2, patientId);
            st.setObject(3, UUID.randomUUID());
            st.setTimestamp(4, Timestamp.valueOf(ended.minusDays(7)));
            st.setTimestamp(5, Timestamp.valueOf(ended));
            st.setTimestamp(6, Timestamp.valueOf(ended));
            st.setString(7, content);
            st.setTimestamp(8, Timestamp.valueOf(ended));
            st.setTimestamp(9, Timestamp.valueOf(ended));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    static String saved(String summaryId, String column) {
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("select " + column + " from discharge_summary where id = ?::uuid")) {
            st.setString(1, summaryId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebDriverWait waiting(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(60));
    }

    static WebElement heading(Browser b, Heading h) {
        return b.waitFor(By.id("heading-" + h.code()));
    }

    @Test
    void theDraftIsEditedSavedAsTypedAndSigned_andThePatientsPageShowsItSigned() {
        String patientId = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Screens"), "Sol", "1970-01-01"))
                .getIdPart();
        String summaryId = draftFor(patientId);
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/discharge/summary.xhtml?summary=" + summaryId);
            b.waitFor(By.id("summaryEditor"));
            assertTrue(b.text(By.id("mustAdd")).contains("Clinical summary"), b.text(By.id("mustAdd")));
            assertTrue(b.text(By.id("mustAdd")).contains("Allergies and adverse reactions"));
            assertEquals("Admitted to Willow Ward on 24-Feb-2027 10:00", heading(b, Heading.ADMISSION_DETAILS).getAttribute("value"),
                    "filled from the record");

            heading(b, Heading.CLINICAL_SUMMARY).sendKeys("Admitted with a severe depressive episode.\nImproved on sertraline.");
            waiting(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "Saved "));
            assertEquals("Admitted with a severe depressive episode.\nImproved on sertraline.",
                    SummaryContent.parse(saved(summaryId, "content")).of(Heading.CLINICAL_SUMMARY), "saved exactly as typed");

            // signing with allergies still empty: refused, naming the heading
            b.click("signSummary");
            waiting(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signProblem"), "Allergies and adverse reactions"));
            assertEquals("0", saved(summaryId, "signed_version"));

            heading(b, Heading.ALLERGIES).sendKeys("No known drug allergies");
            ((ChromeDriver) b.driver()).executeScript("document.getElementById('heading-allergies-and-adverse-reaction').blur()");
            waiting(b).until(d -> "AWAITING_SIGNATURE".equals(saved(summaryId, "state")));
            waiting(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), "Saved "));
            ((ChromeDriver) b.driver()).executeScript("window.scrollTo(0, 0)");
            b.screenshot("discharge-summary");

            b.click("signSummary");
            b.waitFor(By.id("version1"));
            // signed, and from then on its sending's state: queued at once, then sent, delivered, accepted
            assertTrue(b.text(By.id("summaryState")).matches("(Signed|Queued|Sent|Delivered|Accepted).*"), b.text(By.id("summaryState")));
            assertEquals("1", saved(summaryId, "signed_version"));
            assertTrue(b.text(By.id("shown-clinical-summary")).contains("Improved on sertraline."));
            b.screenshot("discharge-summary-signed");

            b.open("/patients/banner.xhtml?id=" + patientId);
            waiting(b).until(d -> b.text(By.id("dischargeSummaries")).matches("(?s).*(Signed|Queued|Sent|Delivered|Accepted).*"));
            assertTrue(b.text(By.id("dischargeSummaries")).contains("Willow Ward"));
        }
    }

    @Test
    void anotherTrustsSummaryIsNoSuchSummary_aClerkAndATrustWithoutDischargeAreRefused() {
        String patientId = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Screeniso"), "Ida", "1970-01-01"))
                .getIdPart();
        String summaryId = draftFor(patientId);
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            b.open("/discharge/summary.xhtml?summary=" + summaryId);
            String other = b.text(By.id("notFound"));
            b.open("/discharge/summary.xhtml?summary=" + UUID.randomUUID());
            assertEquals(other, b.text(By.id("notFound")), "another trust's summary looks like no summary at all");
            b.open("/discharge/summary.pdf?summary=" + summaryId + "&version=0");
            assertTrue(b.text(By.tagName("body")).contains("No such discharge summary"), "and so does its printout");
            b.open("/discharge/awaiting-signature.xhtml");
            b.waitFor(By.id("toSign"));
            assertTrue(!b.pageSource().contains(summaryId), "not on their list either");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/discharge/summary.xhtml?summary=" + summaryId);
            b.waitForText(By.tagName("h1"), "Not allowed");
            b.open("/discharge/summary.pdf?summary=" + summaryId + "&version=0");
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
        try (Browser b = new Browser()) {
            b.signIn("rwk.clinician");
            b.open("/discharge/awaiting-signature.xhtml");
            assertTrue(b.text(By.tagName("body")).contains("has not taken"), "a trust without discharge is told so");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.admin");
            b.open("/discharge/admin/signing-rules.xhtml");
            b.waitFor(By.id("rules:maxHoursToSign"));
            b.screenshot("discharge-signing-rules");
        }
    }
}
