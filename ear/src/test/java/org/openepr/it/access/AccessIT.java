package org.openepr.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Roles and modules are enforced by the use cases, however a screen or the API reaches them: a page included in
 * another (the appointments panel on the patient's page) shows nothing a role may not see, and a trust that has
 * not taken a module is refused it everywhere with a clear message. Also the headers every answer carries.
 */
class AccessIT {

    static Patient ratPatient;
    static Patient rwkPatient;

    @BeforeAll
    static void patients() {
        ratPatient = Fhir.register(Tokens.of("rat.clerk"), Fhir.patient(NhsNumbers.next(), "Panelled", "Pia", "1960-01-01"));
        rwkPatient = Fhir.register(Tokens.of("rwk.clerk"), Fhir.patient(NhsNumbers.next(), "Eastend", "Ed", "1962-02-02"));
    }

    @Test
    void aPharmacistSeesThePatientButNotTheClinicsPanelIncludedInThePage() {
        try (Browser b = new Browser()) {
            b.signIn("rat.pharmacist");
            b.open("/patients/banner.xhtml?id=" + ratPatient.getIdPart());
            b.waitFor(By.id("patientBanner"));
            assertFalse(b.isPresent(By.id("appointments")), "the appointments panel is not included for a role its use case refuses");
            assertFalse(b.isPresent(By.id("edit")), "no Edit button: a pharmacist may not edit demographics");
            assertFalse(b.isPresent(By.id("navBook")), "no Book in the menu");
            b.open("/clinics/book.xhtml?patient=" + ratPatient.getIdPart());
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + ratPatient.getIdPart());
            b.waitFor(By.id("appointments"));
            assertTrue(b.isPresent(By.id("edit")), "a clerk may edit demographics");
        }
    }

    @Test
    void theApiRefusesARoleItsUseCaseDoesNotAllow() {
        String pharmacist = Tokens.of("rat.pharmacist");
        var appointments = Http.get(Env.BASE_URL + "/fhir/Appointment?patient=Patient/" + ratPatient.getIdPart(), pharmacist);
        assertEquals(403, appointments.status(), appointments.body());
        assertEquals("OperationOutcome", appointments.json().getString("resourceType"));
        assertEquals(403, Http.get(Env.BASE_URL + "/fhir/Slot", pharmacist).status());
        var create = Http.post(Env.BASE_URL + "/fhir/Patient", pharmacist,
                Fhir.json(Fhir.patient(NhsNumbers.next(), "Notmine", "Ned", "1970-01-01")), Map.of());
        assertEquals(403, create.status(), create.body());
        assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), pharmacist).status(), "a pharmacist may read a patient");
    }

    @Test
    void aTrustThatHasNotTakenClinicsIsRefusedItEverywhereWithAClearMessage() {
        String clinician = Tokens.of("rwk.clinician");
        for (String path : new String[] {"/fhir/Slot", "/fhir/Schedule", "/fhir/Appointment?date=" + ServerClock.today(),
                "/fhir/Appointment?patient=Patient/" + rwkPatient.getIdPart()}) {
            var answer = Http.get(Env.BASE_URL + path, clinician);
            assertEquals(403, answer.status(), path + ": " + answer.body());
            assertTrue(Fhir.diagnostics(answer).contains("has not taken clinic management"), Fhir.diagnostics(answer));
        }
        assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + rwkPatient.getIdPart(), clinician).status(),
                "the patient index, which the trust has taken, still works");
        try (Browser b = new Browser()) {
            b.signIn("rwk.clinician");
            b.waitFor(By.id("tileSearch"));
            assertFalse(b.isPresent(By.id("tileBook")), "no clinic tiles for a trust without clinics");
            assertFalse(b.isPresent(By.id("navClinicDay")), "no clinic menu entries");
            b.open("/patients/banner.xhtml?id=" + rwkPatient.getIdPart());
            b.waitFor(By.id("patientBanner"));
            assertFalse(b.isPresent(By.id("appointments")), "no appointments panel");
            b.open("/clinics/book.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
            assertTrue(b.text(By.id("problem")).contains("has not taken clinic management"), b.text(By.id("problem")));
            b.screenshot("30-module-not-taken");
        }
        try (Browser b = new Browser()) {
            b.signIn("rwk.admin");
            b.waitFor(By.id("tileAdmin"));
            assertFalse(b.isPresent(By.id("tileClinicSetup")), "no clinic set-up for its admin either");
        }
    }

    @Test
    void answersCarryNoStoreFramingAndContentSecurityHeaders() {
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + ratPatient.getIdPart());
            b.waitFor(By.id("patientBanner"));
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(location.href).then(r => done({cache: r.headers.get('cache-control'), frame: r.headers.get('x-frame-options'),"
                    + " csp: r.headers.get('content-security-policy'), type: r.headers.get('x-content-type-options')}));");
            assertTrue(String.valueOf(headers.get("cache")).contains("no-store"), "a patient page is not kept by the browser: " + headers);
            assertEquals("DENY", headers.get("frame"));
            assertEquals("nosniff", headers.get("type"));
            String csp = String.valueOf(headers.get("csp"));
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("script-src 'self' 'nonce-"), "PrimeFaces' nonce-based script policy is on: " + csp);
            // the page works under that policy: scripts ran (PrimeFaces is initialised) and no inline script was blocked
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) b.driver()).executeScript("return typeof PrimeFaces !== 'undefined' && !!PrimeFaces.csp"));
        }
        var api = Http.get(Env.BASE_URL + "/fhir/Patient/" + ratPatient.getIdPart(), Tokens.of("rat.clinician"));
        assertTrue(api.header("Cache-Control").contains("no-store"), "API answers with patient data are not cached either");
        assertEquals("DENY", api.header("X-Frame-Options"));
    }
}
