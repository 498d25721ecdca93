package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.ClinicFixtures;
import org.openepr.it.support.Db;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.MedicineOrders;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case record summary in headless Chromium: the page shell first, then each module's panel by its own request,
 * each saying when it was read; a panel that fails or is slow costs only itself; the PDF; who may see it at all.
 */
class SummaryScreensIT {

    static final Pattern AS_OF = Pattern.compile("as of (\\d\\d:\\d\\d:\\d\\d)");

    /** A RAT patient with a verified and an awaiting order, an appointment in 3 days and a missed one a week ago. */
    record Record(String id, String family, String displayName, String clinic, String verifiedOrder) {
    }

    static Record aRecord(String stem) {
        String prescriber = Tokens.of("rat.clinician");
        // a name the PDF's standard fonts could not print
        String family = "Nguyễn-" + Names.unique(stem);
        Patient p = Fhir.register(prescriber, Fhir.patient(NhsNumbers.next(), family, "Cleo", "1961-03-03"));
        String id = p.getIdPart();
        MedicineOrders.prescribe(prescriber, id, "Sertraline 50mg tablets", "50");
        String olanzapine = MedicineOrders.prescribe(prescriber, id, "Olanzapine 5mg tablets", "5");
        verify(olanzapine);
        var next = ClinicFixtures.slot("RAT", 1, ServerClock.daysAheadAt(3, 9));
        ClinicFixtures.booking(next, UUID.fromString(id), "BOOKED");
        var missed = ClinicFixtures.slots("RAT", ServerClock.daysAheadAt(-7, 9)).get(0);
        ClinicFixtures.booking(missed, UUID.fromString(id), "DID_NOT_ATTEND");
        String clinic = "Fixture clinic " + next.clinicId().toString().substring(0, 8);
        return new Record(id, family, family.toUpperCase() + ", Cleo", clinic, olanzapine);
    }

    static void verify(String orderId) {
        String pharmacist = Tokens.of("rat.pharmacist");
        var read = Http.get(MedicineOrders.FHIR + "MedicationRequest/" + orderId, pharmacist);
        String seen = Fhir.parse(MedicationRequest.class, read.body()).getMeta().getVersionId();
        Parameters p = new Parameters();
        p.addParameter().setName("version").setValue(new StringType(seen));
        var verified = Http.post(MedicineOrders.FHIR + "MedicationRequest/" + orderId + "/$verify", pharmacist, Fhir.json(p), Map.of());
        assertEquals(200, verified.status(), verified.body());
    }

    static void waitForPanel(Browser b, String panel) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> "true".equals(d.findElement(By.id("panel-" + panel)).getAttribute("data-loaded")));
    }

    /** The panel's "as of" time, which must be the server's time of the read (within a minute of its clock now). */
    static void assertReadJustNow(String panelText) {
        Matcher m = AS_OF.matcher(panelText);
        assertTrue(m.find(), "the panel says how old its data is: " + panelText);
        LocalTime asOf = LocalTime.parse(m.group(1));
        LocalTime now = ServerClock.now().toLocalTime();
        assertTrue(Math.abs(Duration.between(asOf, now).toSeconds()) < 60, "read at " + asOf + ", the server's clock says " + now);
    }

    static long audited(String patientId, String action) throws Exception {
        try (Connection c = Db.asSuperuser()) {
            return Db.count(c, "select count(*) from audit_event where patient_id = ?::uuid and action = ?", patientId, action);
        }
    }

    /** Audit lines of the action written for the case record summary (the patient's page audits the same actions). */
    static long auditedForSummary(String patientId, String action) throws Exception {
        try (Connection c = Db.asSuperuser()) {
            return Db.count(c, "select count(*) from audit_event where patient_id = ?::uuid and action = ? and detail like 'case record summary%'",
                    patientId, action);
        }
    }

    @Test
    void theSummaryShowsMedicinesWithTheirVerificationAndAppointmentsEachWithItsTimeAndPrints() throws Exception {
        Record r = aRecord("Summary");
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + r.id());
            b.click("openSummary");
            b.waitForText(By.id("bannerName"), r.displayName());
            waitForPanel(b, "medicines");
            waitForPanel(b, "appointments");

            String meds = b.text(By.id("panel-medicines"));
            assertTrue(meds.contains("Current medicines"), meds);
            assertTrue(meds.contains("Sertraline 50mg tablets") && meds.contains("Awaiting verification"), meds);
            String olanzapine = b.text(By.xpath("//table[@id='summaryMedicines']//tr[contains(., 'Olanzapine 5mg tablets')]"));
            assertTrue(olanzapine.contains("Verified by "), "who verified it, and when: " + olanzapine);
            assertReadJustNow(meds);

            String appts = b.text(By.id("panel-appointments"));
            assertTrue(b.text(By.id("summaryUpcoming")).contains(r.clinic()), appts);
            assertTrue(b.text(By.id("summaryRecent")).contains("Did not attend"), appts);
            assertReadJustNow(appts);
            String shown = b.text(By.id("summaryPanels"));
            assertFalse(shown.contains("DID_NOT_ATTEND") || shown.contains("AWAITING_VERIFICATION") || shown.contains("BOOKED"), "words, not codes: " + shown);

            // opening it was one audit line of its own; each panel's module audited what it read
            assertEquals(1, audited(r.id(), "SUMMARY_VIEWED"));
            assertEquals(1, auditedForSummary(r.id(), "MEDICINES_VIEWED"), "the medicines panel's read is audited, once");
            assertEquals(1, auditedForSummary(r.id(), "APPOINTMENTS_VIEWED"), "the appointments panel's read is audited, once");

            String href = b.waitFor(By.id("printSummary")).getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done({status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: btoa(s)}); }));",
                    href);
            assertEquals(200L, pdf.get("status"));
            assertEquals("application/pdf", pdf.get("type"));
            assertEquals("no-store", pdf.get("cache"), "a printed record is never kept by the browser");
            String printed = ClinicScreensIT.pdfText(java.util.Base64.getDecoder().decode((String) pdf.get("body")));
            assertTrue(printed.contains(r.displayName()), "every letter of the name printed: " + printed);
            assertTrue(printed.contains("Case record summary") && printed.contains("Current medicines") && printed.contains("Appointments"), printed);
            assertTrue(printed.contains("Sertraline 50mg tablets") && printed.contains("Awaiting verification"), printed);
            assertTrue(printed.contains("Fixture clinic") && printed.contains("Did not attend") && printed.contains("as of "), printed);
            assertTrue(printed.contains("CONFIDENTIAL") && printed.contains("Printed by Asha Patel") && printed.contains("Page 1 of"), printed);
            assertEquals(1, audited(r.id(), "SUMMARY_PRINTED"));
            assertEquals(2, auditedForSummary(r.id(), "MEDICINES_VIEWED"), "the printout's read of the medicines is audited too");
        }
    }

    @Test
    void aPanelThatFailsOrIsSlowHoldsUpNoOtherPanel() throws Exception {
        Record r = aRecord("Broken");
        // one of the patient's bookings is damaged (a type of appointment the clinics module does not know): its panel cannot load
        try (Connection c = Db.asSuperuser()) {
            try (var st = c.prepareStatement("update booking set appointment_type = 'GARBLED' where patient_id = ?::uuid and status = 'DID_NOT_ATTEND'")) {
                st.setString(1, r.id());
                assertEquals(1, st.executeUpdate());
            }
        }
        try (Browser b = new Browser(); Connection lock = Db.asSuperuser()) {
            aPanelFailsAndAnotherIsSlow(b, lock, r);
        } finally {
            // the damage was for this test only: other tests list the trust's bookings
            try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("update booking set appointment_type = 'NEW' where patient_id = ?::uuid and appointment_type = 'GARBLED'")) {
                st.setString(1, r.id());
                st.executeUpdate();
            }
        }
    }

    private static void aPanelFailsAndAnotherIsSlow(Browser b, Connection lock, Record r) throws Exception {
        b.signIn("rat.clinician");
        // and the medicines table is locked by someone else for now: its panel waits
        lock.setAutoCommit(false);
        try (var st = lock.createStatement()) {
            st.execute("lock table medication_order in access exclusive mode");
        }
        b.open("/caserecord/summary.xhtml?patient=" + r.id());
        b.waitForText(By.id("bannerName"), r.displayName());
        waitForPanel(b, "appointments");
        String failed = b.text(By.id("panel-appointments"));
        assertTrue(failed.matches("(?s).*This panel could not be loaded \\(reference S-[0-9a-f]{8}\\).*"), failed);
        assertTrue(b.text(By.id("panel-medicines")).contains("Loading"), "the medicines panel is still waiting for its table");
        b.screenshot("case-record-summary-panel-failed");
        lock.rollback();
        waitForPanel(b, "medicines");
        String meds = b.text(By.id("panel-medicines"));
        assertTrue(meds.contains("Sertraline 50mg tablets"), "the slow panel arrives on its own: " + meds);
        assertReadJustNow(meds);
    }

    @Test
    void aLongRecordShowsItsNewestRowsOnlyAndSaysSo() {
        String prescriber = Tokens.of("rat.clinician");
        Patient p = Fhir.register(prescriber, Fhir.patient(NhsNumbers.next(), Names.unique("Sumlong"), "Lou", "1950-05-05"));
        String id = p.getIdPart();
        String sertraline = MedicineOrders.productId(prescriber, "Sertraline 50mg tablets");
        for (int i = 0; i < 22; i++) {
            // the same medicine again and again: screening finds a duplicate each time, so each order carries a reason
            MedicationRequest order = MedicineOrders.order(id, sertraline, "50", "ONCE_DAILY");
            order.addExtension(new Extension(MedicineOrders.OURS + "screening-override-reason", new StringType("Bench of a long record")));
            var made = MedicineOrders.post("MedicationRequest", prescriber, order);
            assertEquals(201, made.status(), made.body());
        }
        var times = new java.util.ArrayList<java.time.LocalDateTime>();
        for (int day = 1; day <= 8; day++) {
            times.add(ServerClock.daysAheadAt(day, 9));
        }
        for (var slot : ClinicFixtures.slots("RAT", times.toArray(java.time.LocalDateTime[]::new))) {
            ClinicFixtures.booking(slot, UUID.fromString(id), "BOOKED");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            waitForPanel(b, "medicines");
            waitForPanel(b, "appointments");
            assertEquals(20, b.driver().findElements(By.cssSelector("#summaryMedicines tbody tr")).size(), "the newest 20 current orders");
            assertTrue(b.text(By.id("panel-medicines")).contains("Only the newest shown"), "and it says there are more");
            assertEquals(5, b.driver().findElements(By.cssSelector("#summaryUpcoming tbody tr")).size(), "the next 5 appointments");
            String first = b.driver().findElements(By.cssSelector("#summaryUpcoming tbody tr")).get(0).getText();
            String tomorrow = ServerClock.today().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("EEE dd-MMM-yyyy", java.util.Locale.ENGLISH));
            assertTrue(first.startsWith(tomorrow), "soonest first: " + first);
        }
    }

    @Test
    void anotherTrustsPatientIsNoSuchPatientAPharmacistSeesTheirPanelsAndNeitherAClerkNorTheOperatorSeesASummary() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Sumiso"), "Ida", "1970-01-01"));
        String id = p.getIdPart();
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            String other = b.text(By.id("notFound"));
            b.open("/caserecord/summary.xhtml?patient=" + UUID.randomUUID());
            assertEquals(other, b.text(By.id("notFound")), "another trust's patient looks like no patient at all");
            assertTrue(other.contains("No such patient"), other);
            b.open("/caserecord/summary-panel.xhtml?patient=" + id + "&panel=medicines");
            assertTrue(b.text(By.tagName("body")).contains("No such patient"), "a panel asked for directly says the same");
            b.open("/caserecord/summary.pdf?patient=" + id);
            assertTrue(b.text(By.tagName("body")).contains("No such patient"), "and so does the printout");
        }
        try (Browser b = new Browser()) {
            // a pharmacist reads the summary, but only the panels their role may read: medicines, not appointments
            b.signIn("rat.pharmacist");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            waitForPanel(b, "medicines");
            assertTrue(b.text(By.id("panel-medicines")).contains("No current medicines"));
            assertFalse(b.isPresent(By.id("panel-appointments")), "no frame for a panel the role may not read");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + id);
            b.waitFor(By.id("patientBanner"));
            assertFalse(b.isPresent(By.id("openSummary")), "a booking clerk is not offered the clinical summary");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            b.waitForText(By.tagName("h1"), "Not allowed");
            b.open("/caserecord/summary-panel.xhtml?patient=" + id + "&panel=appointments");
            assertFalse(b.pageSource().contains("summary-loaded"), "nor any panel of it");
        }
        try (Browser b = new Browser()) {
            b.signIn("operator");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            b.waitForText(By.tagName("h1"), "Not allowed");
            b.open("/caserecord/summary.pdf?patient=" + id);
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
        try (Browser b = new Browser()) {
            b.signIn("rwk.clinician");
            b.open("/caserecord/summary.xhtml?patient=" + id);
            assertTrue(b.text(By.tagName("body")).contains("has not taken"), "a trust without the case record is told so");
        }
    }
}
