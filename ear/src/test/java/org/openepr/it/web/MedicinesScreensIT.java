package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.MedicineOrders;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Prescribing and pharmacy verification in headless Chromium, signed in through the real Keycloak: a prescriber
 * meets an interaction, overrides it with a reason, a pharmacist sees the reason and verifies, the prescriber sees it verified.
 */
class MedicinesScreensIT {

    static void chooseMedicine(Browser b, String field, String typed, String name) {
        b.type(field + "_input", typed);
        b.waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., \"" + name + "\")]")).click();
        b.waitForText(By.id("rx:route"), "oral");
    }

    static void prescribe(Browser b, String patientId, String typed, String name, String dose, String frequency) {
        b.open("/medicines/prescribe.xhtml?patient=" + patientId);
        chooseMedicine(b, "rx:medicine", typed, name);
        b.type("rx:dose", dose);
        new Select(b.waitFor(By.id("rx:frequency"))).selectByValue(frequency);
        b.type("rx:indication", "Bipolar affective disorder");
        b.type("rx:service", "CMHT North");
    }

    /** Presses Prescribe and waits for the next page: the order, or a refusal, which fails the test with what the page said. */
    static void saveExpectingTheOrder(Browser b) {
        b.pressAndWaitForReplacement(By.tagName("main"), "rx:save");
        b.waitFor(By.cssSelector("#orderStatus, .ui-messages-error, .ui-message-error"));
        if (!b.isPresent(By.id("orderStatus"))) {
            b.screenshot("failed-prescribe");
            throw new AssertionError("the order was not saved: " + b.text(By.tagName("main")));
        }
    }

    @Test
    void aPrescriberOverridesAnInteractionWithAReasonAndAPharmacistVerifies() {
        String family = Names.unique("Rxscreen");
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), family, "Lee", "1971-07-07"));
        String id = p.getIdPart();
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + id);
            // the allergies line of the patient banner: not recorded is a warning
            b.waitFor(By.cssSelector("#bannerAllergies.banner-allergies-not-recorded"));
            assertEquals("Allergies not recorded", b.text(By.id("bannerAllergyList")));
            b.screenshot("m40-allergies-not-recorded");
            b.driver().findElement(By.cssSelector("#bannerAllergies a.banner-strip-link")).click();
            b.click("nkda:noKnownAllergies");
            b.waitForText(By.id("allergyStatus"), "No known drug allergies");

            prescribe(b, id, "lithium carb", "Lithium carbonate 400mg modified-release tablets", "400", "TWICE_DAILY");
            saveExpectingTheOrder(b);
            b.waitForText(By.id("orderStatus"), "Awaiting verification");

            prescribe(b, id, "ibupro", "Ibuprofen 400mg tablets", "400", "THREE_TIMES_DAILY");
            b.click("rx:check");
            b.waitFor(By.cssSelector("#rx\\:findings .finding"));
            String findings = b.text(By.id("rx:findings"));
            assertTrue(findings.contains("lithium") || findings.contains("Lithium"), findings);
            assertTrue(findings.contains("Screened against"), "the knowledge base is named: " + findings);
            b.screenshot("m41-prescribe-interaction");
            b.click("rx:save"); // no reason yet
            b.waitFor(By.cssSelector(".ui-messages-error, .ui-message-error"));
            assertTrue(b.pageSource().contains("give a reason to go on") || b.pageSource().contains("override it only with a reason"));
            b.type("rx:overrideReason", "Short course agreed with consultant; lithium level in 5 days");
            saveExpectingTheOrder(b);
            b.waitForText(By.id("orderStatus"), "Awaiting verification");
            assertEquals("Short course agreed with consultant; lithium level in 5 days", b.text(By.id("overrideShown")));
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.pharmacist");
            b.open("/medicines/worklist.xhtml");
            b.waitFor(By.id("worklist:orders"));
            String row = "//tr[contains(., '" + family.toUpperCase() + "') and contains(., 'Ibuprofen')]";
            b.screenshot("m42-pharmacy-worklist");
            b.driver().findElement(By.xpath(row + "//a[contains(@class,'review-link')]")).click();
            b.waitForText(By.id("prescriberOverride"), "Short course agreed with consultant");
            assertTrue(b.text(By.id("screeningNow")).toLowerCase().contains("lithium"), "screened again now, with the interaction");
            assertEquals("No known drug allergies", b.text(By.id("bannerAllergyList")), "the pharmacist sees the banner's allergies line");
            b.screenshot("m43-verify");
            b.click("decision:verify");
            b.waitForText(By.id("messages"), "verified");
            assertFalse(b.isPresent(By.xpath(row)), "verified orders leave the worklist");
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/banner.xhtml?id=" + id);
            String meds = b.text(By.id("medicines"));
            assertTrue(meds.contains("Ibuprofen 400mg tablets") && meds.contains("Verified by Tomasz Nowak (Pharmacist)"), meds);
            assertTrue(meds.contains("Awaiting verification"), "lithium still waits: " + meds);
            b.screenshot("m44-patient-medicines");
        }
    }

    @Test
    void aClerkSeesNoMedicinesAndCannotOpenThePrescribingPage() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Rxclerk"), "Cal", "1980-01-01"));
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitFor(By.id("patientBanner"));
            assertFalse(b.isPresent(By.id("medicines")));
            b.open("/medicines/prescribe.xhtml?patient=" + p.getIdPart());
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
    }

    @Test
    void anotherTrustsOrdersAndPatientsLookLikeNoneOnEveryMedicinesScreen() {
        String rat = Tokens.of("rat.clinician");
        Patient p = Fhir.register(rat, Fhir.patient(NhsNumbers.next(), Names.unique("Rxother"), "Ola", "1975-05-05"));
        String orderId = org.openepr.it.support.MedicineOrders.prescribe(rat, p.getIdPart(), "Sertraline 50mg tablets", "50");
        try (Browser b = new Browser()) {
            b.signIn("rkl.pharmacist");
            for (String page : new String[] {"/medicines/verify.xhtml?id=", "/medicines/order.xhtml?id="}) {
                b.open(page + orderId);
                String other = b.text(By.id("notFound"));
                b.open(page + java.util.UUID.randomUUID());
                assertEquals(other, b.text(By.id("notFound")), page + ": another trust's order looks like no order at all");
            }
            b.open("/medicines/allergies.xhtml?patient=" + p.getIdPart());
            assertEquals("No such patient", b.text(By.id("notFound")));
            b.open("/medicines/worklist.xhtml");
            b.waitFor(By.id("worklist:orders"));
            assertFalse(b.text(By.id("worklist:orders")).contains(p.getNameFirstRep().getFamily().toUpperCase()), "not on another trust's worklist");
        }
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            b.open("/medicines/prescribe.xhtml?patient=" + p.getIdPart());
            assertEquals("No such patient", b.text(By.id("notFound")), "cannot prescribe for another trust's patient");
        }
    }

    @Test
    void aTrustAdminPutsAMedicineOnTheFormularyAndPrescribersSeeItFirstAndMarked() {
        Patient p = Fhir.register(Tokens.of("rkl.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Rxform"), "Fay", "1966-06-06"));
        String row = "//tr[contains(., 'Sertraline 100mg tablets')]";
        try (Browser b = new Browser()) {
            b.signIn("rkl.admin");
            b.open("/medicines/admin/formulary.xhtml");
            assertTrue(b.text(By.id("liveKnowledgeBase")).contains("2026.11.1"), "the admin sees which knowledge base is live");
            b.type("add:medicine_input", "sertra");
            b.waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Sertraline 100mg tablets')]")).click();
            b.type("add:restriction", "Consultant only");
            b.click("add:allow");
            b.waitForText(By.id("list:formulary"), "Consultant only");
            b.screenshot("m45-formulary");
        }
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            b.open("/medicines/prescribe.xhtml?patient=" + p.getIdPart());
            b.type("rx:medicine_input", "sertra");
            b.waitFor(By.cssSelector("li.ui-autocomplete-item"));
            var items = b.driver().findElements(By.cssSelector("li.ui-autocomplete-item")).stream().map(e -> e.getText()).toList();
            assertTrue(items.get(0).contains("Sertraline 100mg tablets") && items.get(0).contains("Consultant only"), "the formulary first: " + items);
            assertTrue(items.stream().skip(1).allMatch(i -> i.contains("non-formulary")), "the rest marked: " + items);
            b.screenshot("m46-prescribe-formulary-first");
        } finally {
            try (Browser b = new Browser()) {
                b.signIn("rkl.admin");
                b.open("/medicines/admin/formulary.xhtml");
                b.driver().findElement(By.xpath(row + "//button")).click();
                b.waitForText(By.id("list:formulary"), "No formulary yet");
            }
        }
    }

    static void recordAllergy(String token, String patientId, String group, AllergyIntolerance.AllergyIntoleranceSeverity severity, String reaction) {
        AllergyIntolerance a = new AllergyIntolerance();
        a.setPatient(new Reference("Patient/" + patientId));
        a.setCode(new CodeableConcept(new Coding(MedicineOrders.LOCAL, group, null)));
        a.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
        a.setVerificationStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", null)));
        a.addReaction().setSeverity(severity).addManifestation().setText(reaction);
        var made = MedicineOrders.post("AllergyIntolerance", token, a);
        assertEquals(201, made.status(), made.body());
    }

    static void recordNoKnownAllergies(String token, String patientId) {
        AllergyIntolerance nkda = new AllergyIntolerance();
        nkda.setPatient(new Reference("Patient/" + patientId));
        nkda.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "409137002", "No known drug allergy")));
        var made = MedicineOrders.post("AllergyIntolerance", token, nkda);
        assertEquals(201, made.status(), made.body());
    }

    /**
     * Allergies are a line of the patient banner (MedicinesModule's banner strip) on every patient page, whichever
     * module's: the summary, a case record page, the patient's page, prescribing. Not recorded is a warning; another
     * trust's patient shows nothing. The menu marks only the entry whose page is open.
     */
    @Test
    void allergiesAreInTheBannerOfEveryPatientPage_andTheMenuMarksOnlyThePageThatIsOpen() {
        String rat = Tokens.of("rat.clinician");
        String allergic = Fhir.register(rat, Fhir.patient(NhsNumbers.next(), Names.unique("Rxbanner"), "Bea", "1966-06-06")).getIdPart();
        String unasked = Fhir.register(rat, Fhir.patient(NhsNumbers.next(), Names.unique("Rxunasked"), "Ula", "1967-07-07")).getIdPart();
        String none = Fhir.register(rat, Fhir.patient(NhsNumbers.next(), Names.unique("Rxnkda"), "Nia", "1968-08-08")).getIdPart();
        recordAllergy(rat, allergic, "PENICILLINS", AllergyIntolerance.AllergyIntoleranceSeverity.SEVERE, "Anaphylaxis");
        recordNoKnownAllergies(rat, none);
        String penicillin = "Penicillins (severe: anaphylaxis)";
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/caserecord/summary.xhtml?patient=" + allergic);
            b.waitForText(By.id("bannerAllergies"), penicillin);
            assertTrue(b.text(By.id("bannerAllergies")).startsWith("Allergies: " + penicillin), b.text(By.id("bannerAllergies")));
            assertFalse(b.isPresent(By.cssSelector("#bannerAllergies.banner-allergies-not-recorded")));
            assertTrue(b.isPresent(By.id("bannerAlerts")) && b.isPresent(By.id("bannerLegalStatus")), "beside the case record's own lines");
            assertTrue(b.driver().findElements(By.cssSelector(".main-nav a[aria-current='page']")).isEmpty(),
                    "a patient's summary is none of the menu's pages: nothing is marked current");
            assertNull(b.waitFor(By.id("navMyCaseload")).getAttribute("aria-current"), "not 'My caseload' for being in the same folder");
            b.screenshot("m47-banner-allergies-summary");

            b.open("/medicines/prescribe.xhtml?patient=" + allergic);
            b.waitForText(By.id("bannerAllergies"), penicillin);
            assertTrue(b.isPresent(By.id("bannerAlerts")), "a medicines page shows the whole banner");
            b.open("/caserecord/observations.xhtml?patient=" + allergic);
            b.waitForText(By.id("bannerAllergies"), penicillin);
            b.open("/patients/banner.xhtml?id=" + allergic);
            b.waitForText(By.id("bannerAllergies"), penicillin);
            assertEquals(1, b.driver().findElements(By.xpath("//*[contains(text(), 'Penicillins')]")).size(), "shown once on the patient's page");
            assertEquals("page", b.waitFor(By.id("navSearch")).getAttribute("aria-current"), "the patient found is under Find a patient");

            b.open("/caserecord/problems.xhtml?patient=" + unasked);
            b.waitFor(By.cssSelector("#bannerAllergies.banner-allergies-not-recorded"));
            assertEquals("Allergies not recorded", b.text(By.id("bannerAllergyList")));
            b.screenshot("m48-banner-allergies-not-recorded");
            b.open("/caserecord/summary.xhtml?patient=" + none);
            b.waitForText(By.id("bannerAllergyList"), "No known drug allergies");
            assertFalse(b.isPresent(By.cssSelector("#bannerAllergies.banner-allergies-not-recorded")), "a recorded fact, not a warning");

            b.open("/caserecord/my-caseload.xhtml");
            assertEquals("page", b.waitFor(By.id("navMyCaseload")).getAttribute("aria-current"), "its own page is current");
            assertEquals(1, b.driver().findElements(By.cssSelector(".main-nav a[aria-current='page']")).size());
        }
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            for (String page : new String[] {"/caserecord/summary.xhtml?patient=", "/medicines/prescribe.xhtml?patient="}) {
                b.open(page + allergic);
                b.waitFor(By.id("notFound"));
                assertFalse(b.isPresent(By.id("bannerAllergies")), page + ": another trust's patient shows no allergies line");
                assertFalse(b.pageSource().contains("Penicillins"), page);
            }
        }
    }
}
