package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Episodes of care in headless Chromium, signed in through the real Keycloak: the trust admin adds wards; a clinician
 * admits a patient from their page (the form naming what is missing), transfers them (not to the ward they are on),
 * records section 17 leave and the return, finds them on the ward list and discharges them. Another trust's patient
 * and episode look like none; a booking clerk sees no episodes.
 */
class EpisodesScreensIT {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", java.util.Locale.ENGLISH);

    static void typeWhen(Browser b, String dateId, String timeId, LocalDateTime at) {
        b.typeDate(dateId, at.toLocalDate());
        b.type(timeId, HH_MM.format(at));
    }

    @Test
    void aClinicianAdmitsTransfersRecordsLeaveAndDischargesAPatient() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String willow = "Willow ward " + run;
        String oak = "Oak ward " + run;
        try (Browser admin = new Browser()) {
            admin.signIn("rat.admin");
            admin.open("/discharge/admin/wards.xhtml");
            for (String ward : new String[] {willow, oak}) {
                admin.type("add:name", ward);
                admin.click("add:addWard");
                admin.waitForText(By.id("wards:wardList"), ward);
            }
            admin.type("add:name", willow.toUpperCase());
            admin.click("add:addWard");
            admin.waitFor(By.cssSelector(".ui-message-error"));
            assertTrue(admin.text(By.id("add")).contains("There is already a ward called"), "the same name twice is refused beside the field");
        }
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Wardly"), "Wyn", "1968-08-08"));
        String family = p.getNameFirstRep().getFamily().toUpperCase();
        LocalDateTime now = ServerClock.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime admitted = now.minusHours(4);
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitForText(By.id("episodesPanel"), "No open episode of care");
            b.click("admitLink");
            b.waitFor(By.id("admission:ward"));
            b.click("admission:admit");
            b.waitFor(By.cssSelector(".ui-message-error"));
            String refused = b.text(By.id("admission"));
            assertTrue(refused.contains("Choose a ward") && refused.contains("Choose the responsible clinician") && refused.contains("Legal status is required"),
                    "every missing field is named beside it: " + refused);

            new Select(b.waitFor(By.id("admission:ward"))).selectByVisibleText(willow);
            typeWhen(b, "admission:admittedOn", "admission:admittedTime", admitted);
            new Select(b.waitFor(By.id("admission:responsibleClinician"))).selectByVisibleText("Asha Patel");
            new Select(b.waitFor(By.id("admission:legalStatus"))).selectByValue("SECTION_2");
            b.click("admission:admit");
            b.waitForText(By.id("episodeTitle"), "Admission: " + willow);
            assertEquals(SHOWN.format(admitted), b.text(By.id("episodeStart")));
            assertEquals("Section 2 (02)", b.text(By.id("legalStatusAtStart")));

            new Select(b.waitFor(By.id("transfer:ward"))).selectByVisibleText(willow);
            typeWhen(b, "transfer:transferredOn", "transfer:transferTime", admitted.plusHours(1));
            b.click("transfer:transferPatient");
            b.waitFor(By.cssSelector(".ui-message-error"));
            assertTrue(b.text(By.id("transfer")).contains("The patient is already on " + willow), b.text(By.id("transfer")));
            new Select(b.waitFor(By.id("transfer:ward"))).selectByVisibleText(oak);
            typeWhen(b, "transfer:transferredOn", "transfer:transferTime", admitted.plusHours(1));
            b.click("transfer:transferPatient");
            b.waitForText(By.id("episodeTitle"), "Admission: " + oak);
            assertTrue(b.text(By.id("stays")).contains(willow), "the stay on the first ward is kept");

            new Select(b.waitFor(By.id("leave:kind"))).selectByValue("SECTION_17");
            typeWhen(b, "leave:leaveStart", "leave:leaveTime", admitted.plusHours(2));
            typeWhen(b, "leave:dueBack", "leave:dueBackTime", admitted.plusHours(5));
            b.click("leave:startLeave");
            b.waitForText(By.id("episodeStatus"), "On Section 17 leave since " + SHOWN.format(admitted.plusHours(2)));
            b.screenshot("discharge-episodes");
            typeWhen(b, "return:leaveEnd", "return:returnTime", admitted.plusHours(2).plusMinutes(50));
            b.click("return:endLeave");
            b.waitForText(By.id("episodeStatus"), "On the ward");

            b.open("/discharge/episodes/ward.xhtml");
            new Select(b.waitFor(By.id("choose:ward"))).selectByVisibleText(oak);
            b.click("choose:show");
            b.waitForText(By.id("wardName"), oak);
            assertTrue(b.text(By.id("patients")).contains(family), "who is on my ward: " + b.text(By.id("patients")));
            assertTrue(b.text(By.id("wardCount")).startsWith("1 patient, 0 on leave"), b.text(By.id("wardCount")));
            b.screenshot("discharge-ward-list");

            b.driver().findElement(By.linkText(p.getNameFirstRep().getFamily().toUpperCase() + ", Wyn")).click();
            b.waitForText(By.id("episodeTitle"), "Admission: " + oak);
            new Select(b.waitFor(By.id("discharge:legalStatus"))).selectByValue("INFORMAL");
            typeWhen(b, "discharge:dischargedOn", "discharge:dischargeTime", admitted.minusHours(1));
            b.click("discharge:dischargePatient");
            b.waitFor(By.cssSelector(".ui-message-error"));
            assertTrue(b.text(By.id("discharge")).contains("Discharge cannot be before the admission"), b.text(By.id("discharge")));
            typeWhen(b, "discharge:dischargedOn", "discharge:dischargeTime", now);
            b.click("discharge:dischargePatient");
            b.waitForText(By.id("episodeStatus"), "Discharged " + SHOWN.format(now));
            assertEquals("Informal (01)", b.text(By.id("legalStatusAtEnd")));
            assertFalse(b.isPresent(By.id("discharge:dischargePatient")), "a discharged episode offers no more changes");

            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitForText(By.id("episodesPanel"), "1 ended episode");
            ScreenSweep sweep = new ScreenSweep(b, "rat.clinician");
            for (String page : new String[] {"/discharge/episodes/patient.xhtml?patient=" + p.getIdPart(),
                    "/discharge/episodes/admit.xhtml?patient=" + p.getIdPart(), "/discharge/episodes/accept.xhtml?patient=" + p.getIdPart(),
                    "/discharge/episodes/ward.xhtml"}) {
                sweep.check(page);
            }
        }
    }

    @Test
    void anotherTrustsPatientAndEpisodeLookLikeNoneAndAClerkSeesNoEpisodes() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Elsewhere"), "Eli", "1977-07-07"));
        var admission = EpisodeFixtures.admission("RAT", UUID.fromString(p.getIdPart()), ServerClock.now().minusDays(5), "rat.clinician", null);
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            for (String page : new String[] {"/discharge/episodes/patient.xhtml?patient=", "/discharge/episodes/admit.xhtml?patient=",
                    "/discharge/episodes/accept.xhtml?patient="}) {
                b.open(page + p.getIdPart());
                String other = b.text(By.id("notFound"));
                b.open(page + UUID.randomUUID());
                assertEquals(other, b.text(By.id("notFound")), page + ": another trust's patient looks like no patient at all");
            }
            b.open("/discharge/episodes/episode.xhtml?episode=" + admission.episodeId());
            String other = b.text(By.id("notFound"));
            b.open("/discharge/episodes/episode.xhtml?episode=" + UUID.randomUUID());
            assertEquals(other, b.text(By.id("notFound")));
            assertEquals("No such episode of care", other);
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitFor(By.id("patientBanner"));
            assertFalse(b.isPresent(By.id("episodesPanel")), "no episodes panel for a role its use case refuses");
            assertFalse(b.isPresent(By.id("navWardList")), "no ward list in the menu");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.pharmacist");
            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitForText(By.id("episodesPanel"), admission.wardName());
            assertFalse(b.isPresent(By.id("admitLink")), "a pharmacist reads episodes but does not admit");
        }
    }
}
