package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Clinic management in the browser: a trust admin sets up a clinic and its sessions, a clerk books a
 * patient, the clinician checks them in and records the outcome, and the clinic list prints as a PDF.
 * The test server's clock stands on an ordinary Wednesday morning (epr.clock.start), so "today" always has
 * a clinic session with slots still to come, whatever the real date and hour.
 */
class ClinicScreensIT {

    static final String NAME = "O'BRIEN-NGUYỄN, Cleo";

    @Test
    void setUpBookCheckInRecordTheOutcomeAndPrintTheList() throws Exception {
        LocalDate today = ServerClock.today();
        String clinic = "Memory Clinic " + UUID.randomUUID().toString().substring(0, 6);
        String nhs = NhsNumbers.next();
        // a name a PDF's standard fonts cannot print: every letter must reach the printed list
        Patient patient = Fhir.register(Tokens.of("taf.clerk"), Fhir.patient(nhs, "O'Brien-Nguyễn", "Cleo", "1941-03-03"));

        try (Browser admin = new Browser()) {
            admin.signIn("taf.admin");
            admin.click("tileClinicSetup");
            admin.type("newClinic:name", clinic);
            admin.type("newClinic:service", "Memory Service");
            admin.type("newClinic:location", "St Pancras Hospital");
            admin.type("newClinic:clinicians", "Dr Chloe Evans, Nurse Amir Khan");
            admin.screenshot("20-clinic-setup");
            admin.click("newClinic:create");
            admin.waitForText(By.id("clinicName"), clinic);
            new Select(admin.waitFor(By.id("template:weekday"))).selectByValue(today.getDayOfWeek().name());
            admin.type("template:startsAt", "08:00");
            admin.type("template:endsAt", "17:00");
            admin.type("template:slotMinutes", "30");
            admin.type("template:capacity", "0");
            admin.type("template:effectiveFrom", today.toString());
            admin.click("template:add");
            admin.waitForText(By.cssSelector(".ui-message-error"), "between 1 and 50");
            admin.type("template:capacity", "1");
            admin.click("template:add");
            admin.waitForText(By.id("templates"), "08:00–17:00");
            admin.type("generate:from", today.toString());
            admin.type("generate:to", today.plusDays(13).toString());
            admin.click("generate:go");
            admin.waitForText(By.id("messages"), "sessions and");
            admin.screenshot("21-clinic-sessions");
        }

        try (Browser clerk = new Browser()) {
            clerk.signIn("taf.clerk");
            clerk.open("/clinics/book.xhtml?patient=" + patient.getIdPart());
            clerk.waitForText(By.id("bookingPatient"), NAME);
            new Select(clerk.waitFor(By.id("slotSearch:clinic"))).selectByVisibleText(clinic);
            clerk.type("slotSearch:from", today.toString());
            clerk.type("slotSearch:to", today.toString());
            clerk.type("slotSearch:reason", "Memory assessment");
            clerk.click("slotSearch:search");
            clerk.waitFor(By.id("slotSearch:slots"));
            clerk.screenshot("22-free-slots");
            clerk.driver().findElements(By.cssSelector("[id$=':book']")).get(0).click();
            clerk.waitForText(By.id("messages"), "Booked " + NAME + " into " + clinic);
            clerk.screenshot("23-booked");
            clerk.open("/patients/banner.xhtml?id=" + patient.getIdPart());
            clerk.waitForText(By.id("appointments"), clinic);
            assertTrue(clerk.driver().findElements(By.cssSelector("#messages .ui-messages-info")).isEmpty(),
                    "the booking's message was shown once, on the booking page, and does not follow the clerk");
            clerk.screenshot("24-banner-appointments");
            clerk.open("/clinics/schedule.xhtml");
            new Select(clerk.waitFor(By.id("schedule:clinic"))).selectByVisibleText(clinic);
            clerk.click("schedule:show");
            clerk.waitForText(By.id("schedule:calendar"), "1/");
            clerk.screenshot("25-schedule");
        }

        try (Browser clinician = new Browser()) {
            clinician.signIn("taf.clinician");
            clinician.click("tileClinicDay");
            new Select(clinician.waitFor(By.id("choose:clinic"))).selectByVisibleText(clinic);
            clinician.type("choose:date", today.toString());
            clinician.click("choose:show");
            clinician.waitForText(By.id("clinicList"), NAME);
            clinician.driver().findElement(By.cssSelector(".check-in")).click();
            clinician.waitForText(By.cssSelector(".booking-status"), "Arrived");
            // seen, with a follow-up in 6 weeks; the clinic has no follow-up slots, so the patient goes on the waiting list
            clinician.driver().findElement(By.cssSelector(".seen-follow-up")).click();
            clinician.waitForText(By.cssSelector(".booking-status"), "Attended");
            clinician.waitForText(By.cssSelector(".next-step"), "Follow-up: on the waiting list until booked (in 6 weeks)");
            clinician.waitForText(By.id("messages"), "due " + today.plusWeeks(6));
            clinician.screenshot("26-clinic-list");
            String href = clinician.waitFor(By.id("pdf")).getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) clinician.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done({status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: btoa(s)}); }));",
                    href);
            assertEquals(200L, pdf.get("status"));
            assertEquals("application/pdf", pdf.get("type"));
            assertEquals("no-store", pdf.get("cache"), "a printed list of patients is never kept by the browser");
            String printed = pdfText(java.util.Base64.getDecoder().decode((String) pdf.get("body")));
            assertTrue(printed.contains(NAME), "every letter of the name printed: " + printed);
            assertTrue(printed.contains("CONFIDENTIAL") && printed.contains("Printed by ") && printed.contains("Page 1 of 1"), printed);
            assertTrue(printed.contains("1 booked"), printed);
            clinician.open("/clinics/waiting-list.xhtml");
            String waiting = clinician.text(By.xpath("//tr[contains(., \"" + NAME + "\")]"));
            assertTrue(waiting.contains("Follow-up") && waiting.contains(today.plusWeeks(6).format(java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy", java.util.Locale.ENGLISH))), "on the waiting list, due: " + waiting);
        }
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void theTrustAdminSeesDnaCountsAndNothingOfAnotherTrustsClinics() {
        // RKL: one clinic whose session three days ago had one patient, who did not attend
        var rklClinic = ClinicFixtures.slot("RKL", 1, ServerClock.daysAheadAt(-3, 9));
        UUID rklPatient = UUID.fromString(Fhir.register(Tokens.of("rkl.clerk"), Fhir.patient(NhsNumbers.next(), "Absent", "Abe", "1960-06-06")).getIdPart());
        ClinicFixtures.booking(rklClinic, rklPatient, "DID_NOT_ATTEND");
        String rklName = "Fixture clinic " + rklClinic.clinicId().toString().substring(0, 8);
        // TAF: a clinic RKL must never see
        var tafClinic = ClinicFixtures.slot("TAF", 1, ServerClock.daysAheadAt(3, 9));
        String tafName = "Fixture clinic " + tafClinic.clinicId().toString().substring(0, 8);
        try (Browser b = new Browser()) {
            b.signIn("rkl.admin");
            b.click("tileDna");
            b.waitFor(By.id("dna"));
            String row = b.text(By.xpath("//tbody[@id='dna_data']/tr[contains(., '" + rklName + "')]"));
            assertTrue(row.matches(".*" + rklName + "\\s+1\\s+1\\s+100%.*"), "one outcome, one DNA, 100%: " + row);
            assertTrue(!b.text(By.id("dna")).contains(tafName), "another trust's clinic is not counted here");
            b.screenshot("27-dna-counts");
            b.open("/clinics/admin/setup.xhtml");
            String clinics = b.text(By.id("clinics"));
            assertTrue(clinics.contains(rklName), "the trust's own clinic is listed: " + clinics);
            assertTrue(!clinics.contains(tafName), "another trust's clinic is not listed: " + clinics);
            b.open("/clinics/admin/setup.xhtml?clinic=" + tafClinic.clinicId());
            b.waitForText(By.id("messages"), "No such clinic");
            b.open("/clinics/day.xhtml?clinic=" + tafClinic.clinicId() + "&date=" + tafClinic.startsAt().toLocalDate());
            b.waitForText(By.tagName("h1"), "Not allowed"); // clinic lists are for clinicians and clerks
        }
        Patient tafPatient = Fhir.register(Tokens.of("taf.clerk"), Fhir.patient(NhsNumbers.next(), "Tafonly", "Tia", "1970-07-07"));
        try (Browser clerk = new Browser()) {
            clerk.signIn("rkl.clerk");
            // that DNA was recorded without a next step (as older records were): the safety net lists the patient
            clerk.click("tileNoNextStep");
            clerk.waitForText(By.id("withoutNextStep"), "ABSENT, Abe");
            assertTrue(!clerk.text(By.id("withoutNextStep")).contains("TAFONLY"), "only this trust's patients");
            clerk.open("/clinics/day.xhtml?clinic=" + tafClinic.clinicId() + "&date=" + tafClinic.startsAt().toLocalDate());
            clerk.waitForText(By.id("messages"), "No such clinic");
            clerk.open("/clinics/day.xhtml?clinic=" + UUID.randomUUID() + "&date=" + tafClinic.startsAt().toLocalDate());
            clerk.waitForText(By.id("messages"), "No such clinic");
            clerk.open("/clinics/book.xhtml?patient=" + tafPatient.getIdPart());
            clerk.waitForText(By.id("messages"), "No such patient");
            clerk.open("/clinics/schedule.xhtml?clinic=" + tafClinic.clinicId());
            assertTrue(!clerk.waitFor(By.id("schedule:clinic")).getText().contains(tafName), "another trust's clinic is not offered");
            clerk.open("/clinics/list.pdf?clinic=" + tafClinic.clinicId() + "&date=" + tafClinic.startsAt().toLocalDate());
            clerk.waitForText(By.tagName("h1"), "Not found");
        }
    }
}
