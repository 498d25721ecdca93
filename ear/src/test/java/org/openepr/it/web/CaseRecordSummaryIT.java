package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The case record's own panels on the summary (problems, alerts and risks with the legal status, care team, latest
 * notes, observations with their charts), each with its rows and its "as of" time, the banner's strips, and the PDF.
 */
class CaseRecordSummaryIT {

    static final String FHIR = Env.BASE_URL + "/fhir/";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SAVE_ID = "https://openepr.org/fhir/Id/note-save";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    static Timestamp at(LocalDateTime local) {
        return Timestamp.from(local.atZone(ServerClock.UK).toInstant());
    }

    /** A problem, a primary diagnosis and a resolved one (not shown); a risk overdue for review; section 3; a care coordinator. */
    static void seedFacts(String patient) throws Exception {
        LocalDateTime now = ServerClock.now();
        UUID p = UUID.fromString(patient);
        try (Connection c = Db.asSuperuser()) {
            String problem = "insert into problem (trust, id, patient_id, kind, code_system, code, term, onset, status, resolved_on, primary_diagnosis,"
                    + " recorded_by, recorded_at, changed_by, changed_at, version) values ('RAT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'rat.clinician', ?, 'rat.clinician', ?, 1)";
            Object[][] problems = {
                {"PROBLEM", "SNOMED_CT", "73211009", "Diabetes mellitus", "ACTIVE", false, now.minusDays(3)},
                {"DIAGNOSIS", "ICD_10", "F20.0", "Paranoid schizophrenia", "ACTIVE", true, now.minusDays(30)},
                {"DIAGNOSIS", "ICD_10", "F32.1", "Moderate depressive episode", "RESOLVED", false, now.minusDays(1)}};
            for (Object[] row : problems) {
                try (var st = c.prepareStatement(problem)) {
                    st.setObject(1, UUID.randomUUID());
                    st.setObject(2, p);
                    st.setString(3, (String) row[0]);
                    st.setString(4, (String) row[1]);
                    st.setString(5, (String) row[2]);
                    st.setString(6, (String) row[3]);
                    st.setObject(7, LocalDate.of(2020, 5, 1));
                    st.setString(8, (String) row[4]);
                    st.setObject(9, "RESOLVED".equals(row[4]) ? ServerClock.today().minusDays(1) : null);
                    st.setBoolean(10, (Boolean) row[5]);
                    st.setTimestamp(11, at((LocalDateTime) row[6]));
                    st.setTimestamp(12, at((LocalDateTime) row[6]));
                    st.executeUpdate();
                }
            }
            try (var st = c.prepareStatement("insert into risk_alert (trust, id, patient_id, category, severity, details, review_date, recorded_by, recorded_at, version)"
                    + " values ('RAT', ?, ?, 'RISK_TO_SELF', 'HIGH', 'Ligature attempt last year', ?, 'rat.clinician', ?, 1)")) {
                st.setObject(1, UUID.randomUUID());
                st.setObject(2, p);
                st.setObject(3, ServerClock.today().minusDays(2));
                st.setTimestamp(4, at(now.minusDays(60)));
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("insert into legal_status (trust, id, patient_id, section, started_at, expires_at, renewals, recorded_by, recorded_at, version)"
                    + " values ('RAT', ?, ?, 'SECTION_3', ?, ?, 0, 'rat.clinician', ?, 1)")) {
                st.setObject(1, UUID.randomUUID());
                st.setObject(2, p);
                st.setTimestamp(3, at(now.minusDays(10)));
                st.setTimestamp(4, at(now.minusDays(10).plusMonths(6)));
                st.setTimestamp(5, at(now.minusDays(10)));
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("insert into care_team_member (trust, id, patient_id, service, service_key, staff_user_id, role, lead, start_date,"
                    + " added_by, added_at, version) values ('RAT', ?, ?, 'Community mental health team', 'community mental health team', ?, ?, ?, ?, 'rat.clinician', ?, 0)")) {
                Object[][] members = {{"rat.pharmacist", "PSYCHOLOGIST", false}, {"rat.clinician", "CARE_COORDINATOR", true}};
                for (Object[] m : members) {
                    st.setObject(1, UUID.randomUUID());
                    st.setObject(2, p);
                    st.setString(3, (String) m[0]);
                    st.setString(4, (String) m[1]);
                    st.setBoolean(5, (Boolean) m[2]);
                    st.setObject(6, ServerClock.today().minusDays(20));
                    st.setTimestamp(7, at(now.minusDays(20)));
                    st.executeUpdate();
                }
            }
        }
    }

    static String note(String patient, String type, String text, DocumentReference.ReferredDocumentStatus docStatus) {
        DocumentReference d = new DocumentReference();
        d.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
        if (docStatus != null) {
            d.setDocStatus(docStatus);
        }
        d.getType().setText(type);
        d.setSubject(new Reference("Patient/" + patient));
        d.getMasterIdentifier().setSystem(SAVE_ID).setValue(UUID.randomUUID().toString());
        d.addContent().getAttachment().setContentType("text/plain").setData(text.getBytes(StandardCharsets.UTF_8));
        return Fhir.json(d);
    }

    /** A validated progress note (its first line has markup, shown as text), then a draft assessment, newer. */
    static void writeNotes(String token, String patient) {
        var created = Http.post(FHIR + "DocumentReference", token, note(patient, "Progress note", "Phoned. <b>Anxious</b>.\nPlan agreed.", null), Map.of());
        assertEquals(201, created.status(), created.body());
        String id = Fhir.parse(DocumentReference.class, created.body()).getIdPart();
        var signed = Http.request("PUT", FHIR + "DocumentReference/" + id, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/fhir+json",
                "Accept", "application/fhir+json", "If-Match", "W/\"1\""), note(patient, "Progress note", "Phoned. <b>Anxious</b>.\nPlan agreed.",
                DocumentReference.ReferredDocumentStatus.FINAL));
        assertEquals(200, signed.status(), signed.body());
        var draft = Http.post(FHIR + "DocumentReference", token, note(patient, "Assessment", "\nMental state examination, in progress", null), Map.of());
        assertEquals(201, draft.status(), draft.body());
    }

    static Observation vital(String patient, String loinc, LocalDateTime taken, String value, String ucum) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setSubject(new Reference("Patient/" + patient));
        o.setCode(new CodeableConcept(new Coding(LOINC, loinc, null)));
        o.setEffective(new DateTimeType(taken.atZone(ServerClock.UK).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"))));
        if (value != null) {
            o.setValue(new Quantity().setValue(new BigDecimal(value)).setSystem(UCUM).setCode(ucum));
        }
        return o;
    }

    static Observation pressure(String patient, LocalDateTime taken, String systolic, String diastolic) {
        Observation o = vital(patient, "85354-9", taken, null, null);
        o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8480-6", null)))
                .setValue(new Quantity().setValue(new BigDecimal(systolic)).setSystem(UCUM).setCode("mm[Hg]"));
        o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, "8462-4", null)))
                .setValue(new Quantity().setValue(new BigDecimal(diastolic)).setSystem(UCUM).setCode("mm[Hg]"));
        return o;
    }

    /** Three weights and three blood pressures over the last months, and a pulse. */
    static void recordObservations(String token, String patient) {
        String[][] readings = {{"-150", "80.5", "150", "95"}, {"-60", "78.0", "142", "90"}, {"-5", "76.2", "128", "82"}};
        for (String[] r : readings) {
            LocalDateTime when = ServerClock.daysAheadAt(Integer.parseInt(r[0]), 9);
            post(token, vital(patient, "29463-7", when, r[1], "kg"));
            post(token, pressure(patient, when, r[2], r[3]));
        }
        post(token, vital(patient, "8867-4", ServerClock.daysAheadAt(-1, 9), "72", "/min"));
    }

    static void post(String token, Observation o) {
        var made = Http.post(FHIR + "Observation", token, Fhir.json(o), Map.of());
        assertEquals(201, made.status(), made.body());
    }

    @Test
    void theCaseRecordsOwnPanelsShowTheirRowsEachWithItsTimeTheBannerItsStripsAndThePdfEverySection() throws Exception {
        SummaryScreensIT.Record r = SummaryScreensIT.aRecord("Casesum");
        String token = Tokens.of("rat.clinician");
        seedFacts(r.id());
        writeNotes(token, r.id());
        recordObservations(token, r.id());
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/caserecord/summary.xhtml?patient=" + r.id());
            b.waitForText(By.id("bannerName"), r.displayName());
            for (String panel : List.of("problems", "medicines", "risks", "careteam", "notes", "appointments", "observations")) {
                SummaryScreensIT.waitForPanel(b, panel);
            }
            // the banner carries the strips other pages' banners carry: alerts and legal status
            assertTrue(b.text(By.id("bannerAlerts")).contains("Risk to self, high"), b.text(By.id("bannerAlerts")));
            assertTrue(b.text(By.id("legalCountdown")).startsWith("Section 3, "), b.text(By.id("legalCountdown")));

            // the panels in the order
            List<String> order = b.driver().findElements(By.cssSelector("#summaryPanels > section")).stream().map(e -> e.getAttribute("data-summary-panel")).toList();
            assertEquals(List.of("problems", "medicines", "risks", "careteam", "notes", "appointments", "observations"), order);

            String problems = b.text(By.id("panel-problems"));
            var problemRows = b.driver().findElements(By.cssSelector("#summaryProblems tbody tr"));
            assertEquals(2, problemRows.size(), "the two active ones, not the resolved one: " + problems);
            assertTrue(problemRows.get(0).getText().startsWith("Paranoid schizophrenia") && problemRows.get(0).getText().contains("Primary diagnosis"),
                    "the primary diagnosis first: " + problems);
            assertTrue(problemRows.get(1).getText().contains("Diabetes mellitus"), problems);
            SummaryScreensIT.assertReadJustNow(problems);

            String risks = b.text(By.id("panel-risks"));
            String risk = b.text(By.cssSelector("#summaryRisks tbody tr"));
            assertTrue(risk.contains("Risk to self") && risk.contains("High") && risk.contains("Ligature attempt last year") && risk.contains(SHOWN.format(ServerClock.today().minusDays(2)))
                    && risk.contains("Overdue"), "the review date, overdue: " + risk);
            assertTrue(b.text(By.id("summaryLegalStatus")).contains("Section 3, "), "with the legal status and its countdown: " + risks);
            SummaryScreensIT.assertReadJustNow(risks);

            String team = b.text(By.id("panel-careteam"));
            var members = b.driver().findElements(By.cssSelector("#summaryCareTeam tbody tr"));
            assertEquals(2, members.size(), team);
            assertTrue(members.get(0).getText().contains("Care coordinator") && members.get(0).getText().contains("Lead professional"), "the lead first: " + team);
            assertTrue(members.get(1).getText().contains("Psychologist"), team);
            SummaryScreensIT.assertReadJustNow(team);

            String notes = b.text(By.id("panel-notes"));
            var noteRows = b.driver().findElements(By.cssSelector("#summaryNotes tbody tr"));
            assertEquals(2, noteRows.size(), notes);
            assertTrue(noteRows.get(0).getText().contains("Assessment") && noteRows.get(0).getText().contains("Draft")
                    && noteRows.get(0).getText().contains("Mental state examination, in progress"), "the newest first, its first line: " + notes);
            assertTrue(noteRows.get(1).getText().contains("Progress note") && noteRows.get(1).getText().contains("Validated")
                    && noteRows.get(1).getText().contains("Phoned. <b>Anxious</b>.") && !noteRows.get(1).getText().contains("Plan agreed"),
                    "a note's markup is text, and only its first line is shown: " + notes);
            assertFalse(b.pageSource().contains("<b>Anxious</b>"), "escaped in the page");
            SummaryScreensIT.assertReadJustNow(notes);

            String obs = b.text(By.id("panel-observations"));
            String latest = b.text(By.id("summaryObservations"));
            assertTrue(latest.contains("76.2 kg") && latest.contains("128/82 mmHg") && latest.contains("72 beats/min"), "the latest of each sign: " + latest);
            assertFalse(latest.contains("80.5") || latest.contains("150/95"), "older readings are in the charts only: " + latest);
            assertTrue(b.text(By.id("weightChart")).contains("3 reading(s), 76.2 to 80.5 kg"), obs);
            assertTrue(b.text(By.id("pressureChart")).contains("3 reading(s), 82 to 150 mmHg"), obs);
            assertEquals(1, b.driver().findElements(By.cssSelector("#weightChart svg polyline")).size());
            assertEquals(3, b.driver().findElement(By.cssSelector("#weightChart svg polyline")).getAttribute("points").trim().split("\\s+").length, "a point per reading");
            assertEquals(2, b.driver().findElements(By.cssSelector("#pressureChart svg polyline")).size(), "systolic and diastolic");
            SummaryScreensIT.assertReadJustNow(obs);

            String shown = b.text(By.id("summaryPanels"));
            assertFalse(shown.matches("(?s).*\\b(ACTIVE|RISK_TO_SELF|CARE_COORDINATOR|SECTION_3|BODY_WEIGHT|DRAFT|VALIDATED)\\b.*"), "words, not codes: " + shown);
            assertFalse(shown.matches("(?s).*\\d{4}-\\d\\d-\\d\\d.*"), "dates as everywhere: " + shown);
            // the whole summary in one picture: a window as tall as the page
            b.resize(new org.openqa.selenium.Dimension(Browser.LAPTOP.getWidth(),
                    ((Long) ((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.scrollHeight")).intValue() + 140));
            b.screenshot("case-record-summary");
            b.resize(Browser.LAPTOP);

            for (String action : List.of("PROBLEMS_VIEWED", "RISKS_VIEWED", "LEGAL_STATUS_VIEWED", "CARE_TEAM_VIEWED", "NOTES_LISTED", "OBSERVATIONS_VIEWED")) {
                assertEquals(1, SummaryScreensIT.auditedForSummary(r.id(), action), "each panel's read is audited once: " + action);
            }

            String href = b.waitFor(By.id("printSummary")).getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done({status: r.status, body: btoa(s)}); }));", href);
            assertEquals(200L, pdf.get("status"));
            String printed = ClinicScreensIT.pdfText(java.util.Base64.getDecoder().decode((String) pdf.get("body")));
            for (String heading : List.of("Problems and diagnoses", "Current medicines", "Alerts, risks and legal status", "Care team", "Latest notes",
                    "Appointments", "Observations")) {
                assertTrue(printed.contains(heading), "the printout has the section " + heading + ": " + printed);
            }
            // (a long cell may wrap in the printed table: words, not whole cells)
            assertTrue(printed.contains("Paranoid schizophrenia") && printed.contains("primary diagnosis") && printed.contains("Section 3, ")
                    && printed.contains("overdue") && printed.contains("Care coordinator") && printed.contains("Mental state") && printed.contains("76.2 kg"), printed);
            assertEquals(2, SummaryScreensIT.auditedForSummary(r.id(), "NOTES_LISTED"), "the printout's read is audited too");
        }
    }
}
