package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Http;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Observations and the care team in headless Chromium, signed in through the real Keycloak: an implausible blood
 * pressure is refused beside its field, a good set is charted (Chart.js under the page's CSP nonce) and tabled, the
 * clinician joins the care team as lead professional and finds the patient on their caseload.
 */
class ObservationsScreensIT {

    /** The error shown in the form field that holds the input. */
    static By errorBeside(String inputId) {
        return By.xpath("//div[contains(@class,'field')][.//input[@id='" + inputId + "']]//*[contains(@class,'ui-message-error')]");
    }

    static void pressAndWaitForTheNextPage(Browser b, String button) {
        b.pressAndWaitForReplacement(By.tagName("main"), button);
    }

    /** Chart.js has a chart on the canvas: PrimeFaces' script ran (a CSP refusal would leave a bare canvas). */
    static boolean drawn(Browser b, String canvasId) {
        Object drawn = ((JavascriptExecutor) b.driver()).executeScript(
                "var c = document.getElementById(arguments[0]); return !!(c && window.Chart && Chart.getChart(c) && c.width > 0);", canvasId);
        return Boolean.TRUE.equals(drawn);
    }

    /** Three earlier weights and blood pressures, a month apart, through the API (as a device or another system would send them). */
    static void earlierReadings(String patient) {
        String token = Tokens.of("rat.clinician");
        String[][] readings = {{"90", "74.9", "141", "92"}, {"60", "73.8", "136", "88"}, {"30", "73.1", "131", "86"}};
        for (String[] r : readings) {
            String when = ServerClock.today().minusDays(Long.parseLong(r[0])).atTime(9, 30).atZone(ServerClock.UK)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
            String subject = "\"subject\":{\"reference\":\"Patient/" + patient + "\"},\"effectiveDateTime\":\"" + when + "\"";
            String weight = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\","
                    + "\"code\":\"29463-7\"}]}," + subject + ",\"valueQuantity\":{\"value\":" + r[1] + ",\"system\":\"http://unitsofmeasure.org\",\"code\":\"kg\"}}";
            String pressure = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\","
                    + "\"code\":\"85354-9\"}]}," + subject + ",\"component\":[" + component("8480-6", r[2]) + "," + component("8462-4", r[3]) + "]}";
            for (String body : new String[] {weight, pressure}) {
                var answer = Http.post(Env.BASE_URL + "/fhir/Observation", token, body, java.util.Map.of());
                assertEquals(201, answer.status(), answer.body());
            }
        }
    }

    static String component(String loinc, String value) {
        return "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + loinc + "\"}]},\"valueQuantity\":{\"value\":" + value
                + ",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}";
    }

    @Test
    void aClinicianRecordsVitalSignsSeesThemChartedAndFindsThePatientOnTheirCaseload() {
        String family = Names.unique("Vitalsign");
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), family, "Vera", "1958-08-08"));
        String id = p.getIdPart();
        earlierReadings(id);
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/caserecord/observations.xhtml?patient=" + id);
            b.waitFor(By.id("vitals:weight"));
            assertTrue(b.text(By.id("chartWindow")).contains("the last 12 months"), b.text(By.id("chartWindow")));
            b.type("vitals:systolic", "400");
            b.type("vitals:diastolic", "20");
            b.type("vitals:pulse", "72");
            pressAndWaitForTheNextPage(b, "vitals:record");
            assertTrue(b.text(errorBeside("vitals:systolic")).contains("between 50 and 300 mmHg"), b.text(By.tagName("main")));
            assertTrue(b.text(errorBeside("vitals:diastolic")).contains("between 25 and 200 mmHg"));
            assertTrue(!b.text(By.id("values:table")).contains("beats/min"), "nothing half-saved: the good pulse typed beside it is not saved");
            b.screenshot("c50-observations-refused");

            b.type("vitals:systolic", "128");
            b.type("vitals:diastolic", "84");
            b.type("vitals:height", "170");
            b.type("vitals:weight", "72.4");
            b.type("vitals:temperature", "36.8");
            pressAndWaitForTheNextPage(b, "vitals:record");
            String table = b.text(By.id("values:table"));
            if (!table.contains("72.4 kg")) {
                b.screenshot("failed-observations");
                throw new AssertionError("the set was not saved: " + b.text(By.tagName("main")));
            }
            assertTrue(table.contains("74.9 kg") && table.contains("141/92 mmHg"), "the earlier readings, from the API: " + table);
            assertTrue(table.contains("128/84 mmHg") && table.contains("72 beats/min") && table.contains("170.0 cm") && table.contains("25.1 kg/m²"), table);
            b.waitFor(By.id("weightChart_canvas"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> drawn(b, "weightChart_canvas") && drawn(b, "pressureChart_canvas"));
            new Select(b.waitFor(By.id("chooser:otherSign"))).selectByValue("TEMPERATURE");
            pressAndWaitForTheNextPage(b, "chooser:show");
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> drawn(b, "otherChart_canvas"));
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('charts').scrollIntoView()");
            b.screenshot("c51-observations-chart");

            b.open("/caserecord/care-team.xhtml?patient=" + id);
            b.type("add:service", "Memory service");
            new Select(b.waitFor(By.id("add:staffMember"))).selectByValue("rat.clinician");
            new Select(b.waitFor(By.id("add:role"))).selectByValue("CARE_COORDINATOR");
            b.click("add:lead");
            pressAndWaitForTheNextPage(b, "add:addMember");
            b.waitForText(By.id("members:current"), "Lead professional");
            assertTrue(b.text(By.id("members:current")).contains("Memory service"));
            b.screenshot("c52-care-team");

            b.open("/");
            b.click("navMyCaseload");
            b.waitFor(By.id("caseload"));
            String caseload = b.text(By.id("caseload"));
            assertTrue(caseload.contains(family.toUpperCase()) && caseload.contains(NhsNumbers.formatted(p.getIdentifierFirstRep().getValue()))
                    && caseload.contains("Care coordinator"), caseload);
            b.screenshot("c53-my-caseload");

            b.open("/patients/banner.xhtml?id=" + id);
            String latest = b.text(By.id("observationsPanel"));
            assertTrue(latest.contains("72.4 kg") && latest.contains("128/84 mmHg"), latest);
            assertTrue(b.text(By.id("careTeamPanel")).contains("Care coordinator (lead professional)"), b.text(By.id("careTeamPanel")));
            b.click("observationsLink");
            b.waitFor(By.id("values:table"));
            assertEquals(6 + 6, b.driver().findElements(By.cssSelector("[id='values:table'] tbody tr")).size(),
                    "six values (BMI derived) and the six earlier ones");

            ScreenSweep sweep = new ScreenSweep(b, "rat.clinician");
            for (String page : new String[] {"/caserecord/observations.xhtml?patient=" + id, "/caserecord/care-team.xhtml?patient=" + id,
                    "/caserecord/my-caseload.xhtml", "/patients/banner.xhtml?id=" + id}) {
                sweep.check(page);
            }
        }
        try (Browser other = new Browser()) {
            other.signIn("rkl.clinician");
            for (String page : new String[] {"/caserecord/observations.xhtml?patient=", "/caserecord/care-team.xhtml?patient="}) {
                other.open(page + id);
                assertEquals("No such patient", other.text(By.id("notFound")), page + ": another trust's patient is no patient at all");
            }
            other.open("/caserecord/my-caseload.xhtml");
            assertTrue(other.text(By.id("caseload")).contains("You are not in any patient's care team today"));
        }
    }
}
