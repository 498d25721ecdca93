package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Clinic management in the browser: a trust admin sets up a clinic and its sessions, a clerk books a
 * patient, the clinician checks them in and records the outcome, and the clinic list prints as a PDF.
 * The test server's clock stands on an ordinary Wednesday morning (epr.clock.start), so "today" always has
 * a clinic session with slots still to come, whatever the real date and hour.
 */
class ClinicScreensIT {

    static final String NAME = "O'BRIEN-NGUYỄN, Cleo";
    /** The product's date style (UkDates): 03-Mar-2027. */
    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    /** Codes that must never reach a clinic screen. */
    static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile(
            "\\b(NEW|FOLLOW_UP|SCHEDULED|URGENT|ROUTINE|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|BOOKED|ARRIVED|DID_NOT_ATTEND|CANCELLED_BY_\\w+|OFFER_ANOTHER)\\b");

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
            admin.typeDate("template:effectiveFrom", today);
            admin.click("template:add");
            admin.waitForText(By.cssSelector(".ui-message-error"), "between 1 and 50");
            admin.type("template:capacity", "1");
            admin.click("template:add");
            admin.waitForText(By.id("templates"), "08:00–17:00");
            admin.typeDate("generate:from", today);
            admin.typeDate("generate:to", today.plusDays(13));
            admin.click("generate:go");
            admin.waitForText(By.id("messages"), "sessions and");
            admin.screenshot("21-clinic-sessions");
        }

        try (Browser clerk = new Browser()) {
            clerk.signIn("taf.clerk");
            clerk.open("/clinics/book.xhtml?patient=" + patient.getIdPart());
            clerk.waitForText(By.id("bookingPatient"), NAME);
            new Select(clerk.waitFor(By.id("slotSearch:clinic"))).selectByVisibleText(clinic);
            // two weeks of today's weekday, 30-minute slots from 08:00 to 17:00: more than one page of free slots
            clerk.typeDate("slotSearch:from", today);
            clerk.typeDate("slotSearch:to", today.plusDays(13));
            clerk.type("slotSearch:reason", "Memory assessment");
            clerk.click("slotSearch:search");
            clerk.waitForText(By.id("slotSearch:slots"), "Slots 1–10 of ");
            assertEquals(10, clerk.driver().findElements(By.cssSelector("[id$=':book']")).size(), "ten slots a page");
            String firstPage = clerk.text(By.id("slotSearch:slots_data"));
            clerk.driver().findElement(By.cssSelector("#slotSearch\\:slots .ui-paginator-next")).click();
            clerk.waitForText(By.id("slotSearch:slots"), "Slots 11–20 of ");
            assertTrue(!clerk.text(By.id("slotSearch:slots_data")).equals(firstPage), "the next page shows later slots");
            clerk.driver().findElement(By.cssSelector("#slotSearch\\:slots .ui-paginator-prev")).click();
            clerk.waitForText(By.id("slotSearch:slots"), "Slots 1–10 of ");
            String slotsText = clerk.text(By.id("slotSearch:slots"));
            assertTrue(slotsText.contains("New") && !slotsText.contains("NEW"), "the slot's type in words: " + slotsText);
            assertTrue(slotsText.contains(UK_DATE.format(today)), "dates shown DD-Mmm-YYYY: " + slotsText);
            clerk.screenshot("22-free-slots");
            clerk.driver().findElements(By.cssSelector("[id$=':book']")).get(0).click();
            // the booking moves on to the patient's appointments: no Book button is left live for the same patient
            clerk.waitForText(By.id("messages"), "Booked " + NAME + " into " + clinic);
            assertTrue(clerk.driver().getCurrentUrl().contains("/patients/banner.xhtml"), clerk.driver().getCurrentUrl());
            assertTrue(clerk.driver().findElements(By.cssSelector("[id$=':book']")).isEmpty(), "no Book buttons after booking");
            clerk.waitForText(By.id("upcoming"), clinic);
            clerk.screenshot("23-booked");
            clerk.driver().navigate().refresh();
            clerk.waitForText(By.id("appointments"), clinic);
            assertTrue(clerk.driver().findElements(By.cssSelector("#messages .ui-messages-info")).isEmpty(),
                    "the booking's message was shown once, and does not follow the clerk");
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
            clinician.typeDate("choose:date", today);
            clinician.click("choose:show");
            clinician.waitForText(By.id("clinicList"), NAME);
            clinician.driver().findElement(By.cssSelector(".check-in")).click();
            clinician.waitForText(By.cssSelector(".booking-status"), "Arrived");
            // seen, with a follow-up in 6 weeks; the clinic has no follow-up slots, so the patient goes on the waiting list
            clinician.driver().findElement(By.cssSelector(".seen-follow-up")).click();
            clinician.waitForText(By.cssSelector(".booking-status"), "Attended");
            clinician.waitForText(By.cssSelector(".next-step"), "Follow-up: on the waiting list until booked (in 6 weeks)");
            clinician.waitForText(By.id("messages"), "due " + UK_DATE.format(today.plusWeeks(6)));
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
            assertTrue(waiting.contains("Follow-up") && waiting.contains(UK_DATE.format(today.plusWeeks(6))), "on the waiting list, due: " + waiting);
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

    @Test
    void aFutureAppointmentIsMovedAndCancelledFromThePatientsPage_andUpcomingListsOnlyLiveOnes() {
        var sessions = ClinicFixtures.slots("TAF", ServerClock.daysAheadAt(2, 9), ServerClock.daysAheadAt(9, 9));
        var first = sessions.get(0);
        var later = sessions.get(1);
        Patient p = Fhir.register(Tokens.of("taf.clerk"), Fhir.patient(NhsNumbers.next(), "Movable", "Mo", "1962-02-02"));
        ClinicFixtures.booking(first, UUID.fromString(p.getIdPart()), "BOOKED");
        try (Browser clerk = new Browser()) {
            clerk.signIn("taf.clerk");
            clerk.open("/patients/banner.xhtml?id=" + p.getIdPart());
            clerk.waitForText(By.id("upcoming"), UK_DATE.format(first.startsAt()));
            // move: the booking page searches the appointment's clinic; the first slot is the patient's own, so one is free
            clerk.driver().findElement(By.cssSelector("#upcoming .reschedule")).click();
            clerk.waitFor(By.id("moving"));
            clerk.click("slotSearch:search");
            clerk.waitForText(By.id("slotSearch:slots"), UK_DATE.format(later.startsAt()));
            clerk.driver().findElement(By.cssSelector("[id$=':book']")).click();
            clerk.waitForText(By.id("messages"), "Booked MOVABLE, Mo");
            String upcoming = clerk.text(By.id("upcoming"));
            assertTrue(upcoming.contains(UK_DATE.format(later.startsAt())) && !upcoming.contains(UK_DATE.format(first.startsAt())),
                    "upcoming lists the new appointment, not the one it replaced: " + upcoming);
            clerk.waitForText(By.id("cancelledOrMoved"), "Rescheduled");
            // cancel: its own page naming the appointment, with its own reason and who cancelled
            clerk.driver().findElement(By.cssSelector("#upcoming .cancel-appointment")).click();
            clerk.waitForText(By.id("cancelling"), "MOVABLE, Mo");
            assertEquals("", clerk.waitFor(By.id("cancel:reason")).getAttribute("value"), "no reason carried over");
            clerk.click("cancel:confirm");
            clerk.waitForText(By.id("cancel"), "Choose who cancelled");
            clerk.choose("cancel:by:0");
            clerk.click("cancel:confirm");
            clerk.waitForText(By.id("cancel"), "Give a reason");
            clerk.type("cancel:reason", "Moving abroad");
            clerk.screenshot("28-cancel-appointment");
            clerk.click("cancel:confirm");
            clerk.waitForText(By.id("messages"), "Cancelled the appointment of MOVABLE, Mo");
            clerk.waitForText(By.id("upcoming"), "No upcoming appointments");
            String history = clerk.text(By.id("cancelledOrMoved"));
            assertTrue(history.contains("Cancelled by patient") && history.contains("Moving abroad") && history.contains("Rescheduled"), history);
            assertTrue(!CODES.matcher(clerk.text(By.id("appointments"))).find(), "no codes: " + clerk.text(By.id("appointments")));
            clerk.screenshot("29-patient-appointments-cancelled-and-moved");
        }
    }

    @Test
    void theClinicListOffersOnlyWhatTheRulesAllow_eachCancelHasItsOwnReason_aDnaIsUndone_andItWorksAtTabletWidth() {
        LocalDate today = ServerClock.today();
        // the test server's day starts at 10:00: 08:00 has started, 16:00 and 16:30 have not
        var slots = ClinicFixtures.slots("TAF", today.atTime(8, 0), today.atTime(16, 0), today.atTime(16, 30));
        String[] who = {"Early", "Afternoon", "Late"};
        for (int i = 0; i < who.length; i++) {
            Patient p = Fhir.register(Tokens.of("taf.clerk"), Fhir.patient(NhsNumbers.next(), who[i], "Eve", "1950-05-05"));
            ClinicFixtures.booking(slots.get(i), UUID.fromString(p.getIdPart()), "BOOKED");
        }
        String list = "/clinics/day.xhtml?clinic=" + slots.get(0).clinicId() + "&date=" + today;
        try (Browser clinician = new Browser()) {
            clinician.signIn("taf.clinician");
            clinician.open(list);
            clinician.waitForText(By.id("clinicList"), "LATE, Eve");
            assertTrue(clinician.text(By.cssSelector("#clinicList h2")).contains(DateTimeFormatter.ofPattern("EEEE dd-MMM-yyyy", Locale.ENGLISH).format(today)));
            assertTrue(!CODES.matcher(clinician.text(By.id("clinicList"))).find(), "no codes: " + clinician.text(By.id("clinicList")));
            assertTrue(has(clinician, "EARLY", ".check-in") && has(clinician, "EARLY", ".dna-another"), "started: check-in or DNA");
            assertTrue(has(clinician, "AFTERNOON", ".check-in") && !has(clinician, "AFTERNOON", ".dna-another"), "not started: no DNA yet");

            // cancel the 16:00 on its own page, by the trust, with its reason; back on the list nothing is offered for it
            row(clinician, "AFTERNOON").findElement(By.cssSelector(".cancel-appointment")).click();
            clinician.waitForText(By.id("cancelling"), "AFTERNOON, Eve");
            clinician.choose("cancel:by:1");
            clinician.type("cancel:reason", "Clinician called to the ward");
            clinician.click("cancel:confirm");
            clinician.waitForText(By.id("messages"), "Cancelled the appointment of AFTERNOON, Eve");
            assertTrue(clinician.driver().getCurrentUrl().contains("/clinics/day.xhtml"), "back on the clinic list");
            assertTrue(row(clinician, "AFTERNOON").getText().contains("Cancelled by trust"));
            assertTrue(!has(clinician, "AFTERNOON", ".check-in") && !has(clinician, "AFTERNOON", ".cancel-appointment"),
                    "no check-in or cancel offered on a cancelled booking");
            // the next cancellation starts with an empty reason; keeping the appointment changes nothing
            row(clinician, "LATE").findElement(By.cssSelector(".cancel-appointment")).click();
            clinician.waitForText(By.id("cancelling"), "LATE, Eve");
            assertEquals("", clinician.waitFor(By.id("cancel:reason")).getAttribute("value"), "the last reason is not carried over");
            clinician.click("cancel:keep");
            clinician.waitForText(By.id("clinicList"), "LATE, Eve");
            assertTrue(row(clinician, "LATE").getText().contains("Booked"));

            // a DNA recorded in error is undone by the clinician the same day, and the patient can then be checked in
            row(clinician, "EARLY").findElement(By.cssSelector(".dna-another")).click();
            clinician.waitForText(By.id("messages"), "EARLY, Eve: did not attend");
            assertTrue(row(clinician, "EARLY").getText().contains("Did not attend"));
            row(clinician, "EARLY").findElement(By.cssSelector(".undo-dna")).click();
            clinician.waitForText(By.id("messages"), "\"did not attend\" undone");
            assertTrue(row(clinician, "EARLY").getText().contains("Booked") && has(clinician, "EARLY", ".check-in"));
            assertTrue(!has(clinician, "EARLY", ".undo-dna"));
            clinician.screenshot("33-clinic-list-undo-dna");

            // tablet width: the actions of a row wrap and never touch or leave the screen
            clinician.resize(Browser.TABLET);
            clinician.open(list);
            clinician.waitForText(By.id("clinicList"), "LATE, Eve");
            Object problems = ((JavascriptExecutor) clinician.driver()).executeScript(
                    "const out = []; document.querySelectorAll('#clinicList .row-actions').forEach(g => {"
                    + " const r = [...g.querySelectorAll('.ui-button')].filter(e => e.offsetParent).map(e => [e.textContent.trim(), e.getBoundingClientRect()]);"
                    + " r.forEach(([n, a], i) => { if (a.left < 0 || a.right > document.documentElement.clientWidth) out.push(n + ' off screen');"
                    + "  r.slice(i + 1).forEach(([m, b]) => { const apart = a.right + 4 <= b.left || b.right + 4 <= a.left || a.bottom + 4 <= b.top || b.bottom + 4 <= a.top;"
                    + "   if (!apart) out.push(n + ' touches ' + m); }); }); });"
                    + " return out.length + (document.querySelectorAll('#clinicList .row-actions .ui-button').length < 4 ? ' too few buttons' : '') + ' ' + out.join('; ');");
            assertEquals("0 ", problems.toString(), "row actions at 768px");
            clinician.screenshot("31-clinic-list-tablet");
        }
    }

    static WebElement row(Browser b, String family) {
        return b.waitFor(By.xpath("//div[@id='clinicList']//tr[contains(., '" + family + ", Eve')]"));
    }

    static boolean has(Browser b, String family, String css) {
        return !row(b, family).findElements(By.cssSelector(css)).isEmpty();
    }

    @Test
    void theScheduleShowsEverySessionForAnyClinic_fromTheHourTheTrustChose() {
        var morning = ClinicFixtures.slot("RKL", 1, ServerClock.daysAheadAt(0, 9));
        var afternoon = ClinicFixtures.slot("RKL", 1, ServerClock.daysAheadAt(0, 14));
        try (Browser admin = new Browser()) {
            admin.signIn("rkl.admin");
            admin.open("/clinics/admin/setup.xhtml");
            admin.type("decisions:scheduleDayStarts", "07:30");
            admin.click("decisions:saveDecisions");
            admin.waitForText(By.id("decisions"), "whole hour");
            admin.type("decisions:scheduleDayStarts", "07:00");
            admin.click("decisions:saveDecisions");
            admin.waitForText(By.id("messages"), "the clinic schedule starts at 07:00");
        }
        try (Browser clerk = new Browser()) {
            clerk.signIn("rkl.clerk");
            clerk.open("/clinics/schedule.xhtml");
            clerk.click("schedule:show"); // any clinic, any clinician
            for (var f : List.of(morning, afternoon)) {
                clerk.waitForText(By.id("schedule:calendar"), "Fixture clinic " + f.clinicId().toString().substring(0, 8));
            }
            String firstRow = clerk.waitFor(By.cssSelector("#schedule\\:calendar td.fc-timegrid-slot-label")).getAttribute("data-time");
            assertEquals("07:00:00", firstRow, "the grid starts at the trust's hour");
            clerk.waitFor(By.cssSelector("#schedule\\:calendar .fc-event-time"));
            List<String> times = clerk.driver().findElements(By.cssSelector("#schedule\\:calendar .fc-event-time")).stream()
                    .map(e -> e.getText()).toList();
            assertTrue(times.stream().anyMatch(t -> t.startsWith("09:00")), "the 9 o'clock session: " + times);
            assertTrue(times.stream().allMatch(t -> t.matches("\\d{2}:\\d{2}.*")), "times are 24-hour, two-digit hours (09:00, not 9:00): " + times);
            clerk.screenshot("32-schedule-any-clinic");
        }
    }
}
