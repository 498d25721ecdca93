package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Db;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;

/**
 * Release channels in the browser: RAT's trust admin reads what release 2026.2 changes and takes it; at the same moment
 * RAT's clinic list shows why each patient is booked and RKL's (still on 2026.1) does not; the operator sees which
 * trust is on which release; RAT's admin returns to 2026.1 and the reason goes from RAT's list. Leaves both on 2026.1.
 */
class ReleaseScreensIT {

    static final String REASON = "Memory assessment after a fall";

    /** A patient booked today into a clinic of the trust, the booking carrying the clerk's reason; answers the clinic list's address. */
    static String clinicListWithABookedPatient(String trust, String clerk, String family) throws Exception {
        Patient patient = Fhir.register(Tokens.of(clerk), Fhir.patient(NhsNumbers.next(), family, "Ada", "1948-05-17"));
        LocalDate today = ServerClock.today();
        var slot = ClinicFixtures.slot(trust, 1, today.atTime(16, 0));
        UUID booking = ClinicFixtures.booking(slot, UUID.fromString(patient.getIdPart()), "BOOKED");
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("update booking set reason = ? where trust = ? and id = ?")) {
            st.setString(1, REASON);
            st.setString(2, trust);
            st.setObject(3, booking);
            assertEquals(1, st.executeUpdate());
        }
        return "/clinics/day.xhtml?clinic=" + slot.clinicId() + "&date=" + today;
    }

    static void openList(Browser b, String list) {
        b.open(list);
        b.waitFor(By.cssSelector(".list-patient"));
    }

    @Test
    void twoTrustsOnDifferentReleasesSeeTheirOwnClinicListAndATrustMovesForwardAndBack() throws Exception {
        String ratList = clinicListWithABookedPatient("RAT", "rat.clerk", "Early-Release");
        String rklList = clinicListWithABookedPatient("RKL", "rkl.clerk", "Stable-Release");

        try (Browser admin = new Browser(); Browser ratClinician = new Browser(); Browser rklClinician = new Browser()) {
            admin.signIn("rat.admin");
            admin.open("/admin/index.xhtml");
            admin.waitForText(By.id("currentRelease"), "2026.1 stable");
            String changes = admin.text(By.id("release:nextRelease"));
            assertTrue(changes.contains("What release 2026.2 early changes") && changes.contains("New: Reason for the appointment on the clinic list."),
                    "the next release's changes in words: " + changes);
            admin.screenshot("r1-release-what-the-next-changes");

            ratClinician.signIn("rat.clinician");
            rklClinician.signIn("rkl.clinician");
            openList(ratClinician, ratList);
            assertFalse(ratClinician.isPresent(By.cssSelector(".booking-reason")), "on 2026.1 the list shows no reason");

            // a move in the past is refused; one tomorrow morning is scheduled, shown, and cancelled
            LocalDate today = ServerClock.today();
            admin.type("release:moveDate", today.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            admin.type("release:moveTime", "08:00");
            admin.click("release:schedule");
            admin.waitForText(By.id("messages"), "Choose a time after now");
            String tomorrow = today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            admin.type("release:moveDate", tomorrow);
            admin.type("release:moveTime", "08:00");
            admin.click("release:schedule");
            admin.waitForText(By.id("scheduledMove"), "Moves to 2026.2 early at "
                    + today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy", java.util.Locale.ENGLISH)) + " 08:00");
            admin.screenshot("r6-release-move-scheduled");
            admin.click("release:cancelSchedule");
            admin.waitForText(By.id("messages"), "The scheduled move is cancelled");
            assertFalse(admin.isPresent(By.id("scheduledMove")));

            admin.click("release:takeNow");
            admin.click("release:confirmTake");
            admin.waitForText(By.id("currentRelease"), "2026.2 early");
            assertTrue(admin.text(By.id("messages")).contains("Your trust is now on release 2026.2 early"), admin.text(By.id("messages")));
            assertTrue(admin.text(By.id("wayBack")).startsWith("May return to 2026.1 stable until "), admin.text(By.id("wayBack")));
            assertTrue(admin.isPresent(By.id("newest")), "2026.2 is the newest release");
            admin.screenshot("r2-release-taken");

            // the two trusts at the same moment: RAT on 2026.2, RKL on 2026.1
            openList(ratClinician, ratList);
            openList(rklClinician, rklList);
            assertEquals("Reason: " + REASON, ratClinician.text(By.cssSelector(".booking-reason")));
            assertFalse(rklClinician.isPresent(By.cssSelector(".booking-reason")), "RKL is still on 2026.1");
            assertTrue(rklClinician.text(By.id("clinicList")).contains("STABLE-RELEASE, Ada"));
            ratClinician.screenshot("r3-clinic-list-2026-2-reason");
            rklClinician.screenshot("r4-clinic-list-2026-1");

            try (Browser operator = new Browser()) {
                operator.signIn("operator");
                operator.open("/operator/index.xhtml");
                String trusts = "//tbody[@id='trusts:trustTable_data']";
                operator.waitForText(By.xpath(trusts + "/tr[contains(., 'RAT')]"), "2026.2 early");
                assertTrue(operator.text(By.xpath(trusts + "/tr[contains(., 'RKL')]")).contains("2026.1 stable"));
                assertEquals("2026.1", new org.openqa.selenium.support.ui.Select(operator.waitFor(By.id("defaultRelease:defaultRelease")))
                        .getFirstSelectedOption().getAttribute("value"), "new trusts start on the newest stable release");
                operator.screenshot("r5-operator-releases");
            }

            admin.click("release:returnToPrevious");
            admin.waitForText(By.id("currentRelease"), "2026.1 stable");
            openList(ratClinician, ratList);
            assertFalse(ratClinician.isPresent(By.cssSelector(".booking-reason")), "back on 2026.1, the reason is gone from RAT's list");
        }
    }
}
