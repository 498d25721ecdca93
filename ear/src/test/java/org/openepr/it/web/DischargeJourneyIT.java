package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.EpisodeFixtures;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A discharge from end to end in headless Chromium, signed in through the real Keycloak and sent through the stand-in
 * GP mailbox: the clinician discharges an admitted patient on the episode page; the summary drafted in that
 * transaction is on the patient's page; the clinician adds what the draft marks as theirs to add, signs, and the
 * patient's page follows the summary to "Accepted" (the practice's business acknowledgement). A discharge recorded two
 * days late and never signed is on the trust's dashboard as overdue, with who is responsible.
 */
class DischargeJourneyIT {

    static final Duration SENDING = Duration.ofSeconds(90);

    static Patient registered(String family) {
        // every test patient has a GP practice (F84003), so the signed summary has somewhere to go
        return Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique(family), "Jo", "1971-02-03"));
    }

    static void discharge(Browser b, UUID episodeId, LocalDateTime at) {
        b.open("/discharge/episodes/episode.xhtml?episode=" + episodeId);
        new Select(b.waitFor(By.id("discharge:legalStatus"))).selectByValue("INFORMAL");
        EpisodesScreensIT.typeWhen(b, "discharge:dischargedOn", "discharge:dischargeTime", at);
        b.click("discharge:dischargePatient");
        b.waitForText(By.id("episodeStatus"), "Discharged");
        assertTrue(b.driver().findElement(By.id("openSummary")).getAttribute("href").contains("/discharge/summary.xhtml?summary="),
                "the discharged episode leads to the draft its discharge made");
    }

    @Test
    void aDischargeIsDraftedThenSignedSentAndAccepted_andOneLeftUnsignedPastTheLimitIsOnTheDashboard() {
        LocalDateTime now = ServerClock.now().truncatedTo(ChronoUnit.MINUTES);
        Patient p = registered("Journey");
        var admission = EpisodeFixtures.admission("RAT", UUID.fromString(p.getIdPart()), now.minusDays(5), "rat.clinician", null);
        Patient late = registered("Latejourney");
        var lateAdmission = EpisodeFixtures.admission("RAT", UUID.fromString(late.getIdPart()), now.minusDays(9), "rat.clinician", null);
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            discharge(b, admission.episodeId(), now);

            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitForText(By.id("dischargeSummaries"), admission.wardName());
            assertTrue(b.text(By.id("dischargeSummaries")).contains("Not signed"), "drafted at discharge, not yet signed");
            b.driver().findElement(By.linkText(admission.wardName())).click();
            b.waitFor(By.id("summaryEditor"));

            // what the draft could not fill from the record is marked: the clinician writes it
            List<WebElement> toAdd = b.driver().findElements(By.cssSelector(".must-add-heading textarea"));
            assertFalse(toAdd.isEmpty(), "the draft marks what the clinician must add");
            for (WebElement field : toAdd) {
                field.sendKeys("Written at discharge by the responsible clinician.");
                ((JavascriptExecutor) b.driver()).executeScript("arguments[0].blur()", field);
            }
            assertTrue(b.driver().findElements(By.cssSelector(".to-add")).stream().noneMatch(WebElement::isDisplayed),
                    "each mark goes as its heading is written, without a reload");
            new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> b.text(By.id("saveState")).startsWith("Saved "));
            b.click("signSummary");
            b.waitFor(By.id("version1"));

            // the sender takes it from the outbox to the stand-in, which acknowledges twice: delivered, then accepted
            new WebDriverWait(b.driver(), SENDING, Duration.ofSeconds(2)).until(d -> {
                b.open("/patients/banner.xhtml?id=" + p.getIdPart());
                return b.text(By.id("dischargeSummaries")).contains("Accepted");
            });
            b.screenshot("discharge-accepted");

            // the late one: discharged two days ago (recorded now), never signed: past the trust's 24 hours
            discharge(b, lateAdmission.episodeId(), now.minusDays(2));
            b.open("/discharge/dashboard.xhtml");
            b.waitFor(By.id("overdueList"));
            String family = late.getNameFirstRep().getFamily().toUpperCase();
            String row = b.driver().findElement(By.xpath("//*[@id='overdueList']//tr[contains(., '" + family + "')]")).getText();
            assertTrue(row.contains("Unsigned past the limit") && row.contains("Asha Patel"),
                    "the unsigned summary is overdue on the dashboard, with who must sign it: " + row);
            assertFalse(b.text(By.id("overdueList")).contains(p.getNameFirstRep().getFamily().toUpperCase()), "the accepted one is not");
            b.screenshot("discharge-dashboard");
        }
    }
}
