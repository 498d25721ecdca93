package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;

/** The patient index screens in headless Chromium, signed in through the real Keycloak. */
class PatientScreensIT {

    static String formatted(String nhs) {
        return NhsNumbers.formatted(nhs);
    }

    static String uniqueFamily(String stem) {
        return org.openepr.it.support.Names.unique(stem);
    }

    @Test
    void aClinicianRegistersFindsAndOpensAPatientThenSignsOut() {
        String nhs = NhsNumbers.next();
        String family = uniqueFamily("Browser");
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician", "00-sign-in");
            assertEquals("North East London NHS Foundation Trust", b.text(By.id("trustName")));
            assertTrue(b.waitFor(By.id("trustHeader")).getCssValue("background-color").contains("0, 94, 184"), "header in the trust's colour");
            b.screenshot("01-home");

            b.click("tileRegister");
            b.type("registration:nhsNumber", formatted(nhs));
            b.type("registration:familyName", family);
            b.type("registration:givenName", "Beatrice");
            b.type("registration:birthDate_input", "14/02/1948");
            new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("registration:gender"))).selectByValue("female");
            b.type("registration:addressLine1", "7 Chalk Farm Road");
            b.type("registration:town", "London");
            b.type("registration:postcode", "nw1 8ah");
            b.type("registration:gpPractice", "F83004");
            b.screenshot("02-register");
            b.click("registration:register");

            b.waitFor(By.id("patientBanner"));
            assertEquals(family.toUpperCase() + ", Beatrice", b.text(By.id("bannerName")));
            assertEquals(formatted(nhs), b.text(By.id("bannerNhs")));
            assertEquals("14-Feb-1948", b.text(By.id("bannerBorn")));
            assertEquals(String.valueOf(Period.between(LocalDate.of(1948, 2, 14), org.openepr.it.support.ServerClock.today()).getYears()), b.text(By.id("bannerAge")));
            assertEquals("Female", b.text(By.id("bannerGender")));
            assertEquals("F83004", b.text(By.id("bannerGp")));
            assertTrue(b.text(By.id("address")).contains("NW1 8AH"));
            b.screenshot("03-banner");

            b.click("navSearch");
            b.type("search:family", family.substring(0, 9).toLowerCase());
            b.type("search:birthdate_input", "14/02/1948");
            b.click("search:go");
            b.waitForText(By.id("search:resultCount"), "of 1");
            b.screenshot("04-search-results");
            b.driver().findElement(By.linkText(family.toUpperCase() + ", Beatrice")).click();
            b.waitForText(By.id("bannerNhs"), formatted(nhs));

            b.click("signOut");
            b.waitFor(By.id("signedOut"));
            b.screenshot("05-signed-out");
            // Back after signing out: the browser kept nothing (no-store), so it asks the server, which asks for a sign-in
            b.driver().navigate().back();
            b.waitFor(By.id("username"));
            assertFalse(b.pageSource().contains(family.toUpperCase()) || b.pageSource().contains(formatted(nhs)),
                    "no patient data after signing out and going back");
            b.open("/patients/search.xhtml");
            b.waitFor(By.id("username")); // signed out of Keycloak too: a password is asked for again
        }
    }

    static final java.time.format.DateTimeFormatter TYPED = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern("dd-MMM-yyyy", java.util.Locale.ENGLISH);

    static void tick(Browser b, String checkboxId) {
        b.driver().findElement(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box")).click();
    }

    static void choose(Browser b, String selectId, String words) {
        new org.openqa.selenium.support.ui.Select(b.waitFor(By.id(selectId))).selectByVisibleText(words);
    }

    /** Presses Search and waits for this search's answer, not the one already on the page (the form is replaced). */
    static String search(Browser b, String expected) {
        b.pressAndWaitForReplacement(By.id("search"), "search:go");
        b.waitForText(By.id("search:resultCount"), expected);
        return b.text(By.id("search:resultCount"));
    }

    @Test
    void aClerkRegistersAHomelessPatientWithContactsLanguageEthnicityAndADateOfDeath() {
        String nhs = NhsNumbers.next();
        String family = uniqueFamily("Details");
        LocalDate died = org.openepr.it.support.ServerClock.today().minusDays(2);
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/register.xhtml");
            b.type("registration:nhsNumber", nhs.substring(0, 3) + "-" + nhs.substring(3, 6) + "-" + nhs.substring(6)); // as written on a letter
            b.type("registration:familyName", family);
            b.type("registration:givenName", "Rahima");
            // typed DD/MM/YYYY, then corrected with the date picker, which opens at the typed month and writes the same pattern
            b.type("registration:birthDate_input", "14/02/1948");
            b.driver().findElement(By.cssSelector("#registration\\:birthDate .ui-datepicker-trigger")).click();
            b.waitFor(By.cssSelector("#registration\\:birthDate_panel td[aria-label='February 20'] a")).click();
            assertEquals("20/02/1948", b.waitFor(By.id("registration:birthDate_input")).getAttribute("value"));
            // close the picker (Escape, as a keyboard user would) and type on only once it has gone: left open, it took
            // the focus back from the next fields under load and their text was lost
            b.driver().findElement(By.id("registration:birthDate_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("registration:birthDate_panel")));
            choose(b, "registration:gender", "Female");
            b.type("registration:addressLine1", "Night shelter, 2 Church Street");
            b.type("registration:town", "London");
            b.type("registration:postcode", "E1 6AN");
            tick(b, "registration:noRegisteredGp");
            b.type("registration:phone", "020 7946 0123");
            b.type("registration:email", "rahima at example");
            b.type("registration:nextOfKinName", "Samir Begum");
            b.type("registration:nextOfKinRelationship", "Brother");
            b.type("registration:nextOfKinPhone", "0770");
            choose(b, "registration:preferredLanguage", "Bengali");
            tick(b, "registration:interpreterRequired");
            var ethnicities = new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("registration:ethnicCategory"))).getOptions().stream()
                    .map(o -> o.getText()).toList();
            assertTrue(ethnicities.contains("Not stated") && ethnicities.stream().noneMatch(o -> o.length() == 1),
                    "ethnic categories in words, never their codes: " + ethnicities);
            choose(b, "registration:ethnicCategory", "Asian or Asian British - Bangladeshi");
            b.type("registration:deceasedDate_input", TYPED.format(died));
            b.click("registration:register");
            // each bad field is named beside it; nothing is saved
            b.waitFor(By.cssSelector(".ui-message-error"));
            String page = b.pageSource();
            assertTrue(page.contains("E-mail address must be an address like name@example.org"), "e-mail message");
            assertTrue(page.contains("Next of kin's phone number must be a telephone number"), "next of kin's phone message");
            b.type("registration:email", "rahima@example.org");
            b.type("registration:nextOfKinPhone", "07700 900123");
            b.screenshot("16-register-more-details");
            b.click("registration:register");

            b.waitFor(By.id("patientBanner"));
            assertEquals(formatted(nhs), b.text(By.id("bannerNhs")));
            assertEquals("20-Feb-1948", b.text(By.id("bannerBorn")));
            assertEquals("Deceased " + SHOWN.format(died), b.text(By.id("bannerDeceased")), "a deceased patient is shown as such on the banner");
            assertEquals("No registered GP", b.text(By.id("bannerGp")));
            assertEquals("Needs an interpreter (Bengali)", b.text(By.id("bannerInterpreter")));
            assertEquals("020 7946 0123", b.text(By.id("phone")));
            assertEquals("rahima@example.org", b.text(By.id("email")));
            assertEquals("Samir Begum (Brother), 07700 900123", b.text(By.id("nextOfKin")));
            assertEquals("Bengali, needs an interpreter", b.text(By.id("language")));
            assertEquals("Asian or Asian British - Bangladeshi", b.text(By.id("ethnicity")));
            b.screenshot("17-banner-deceased-details");

            // the date of death was entered on the wrong patient: taken off again through "Edit demographics"
            b.click("edit");
            assertEquals("rahima@example.org", b.waitFor(By.id("edit:email")).getAttribute("value"));
            assertEquals("K", new org.openqa.selenium.support.ui.Select(b.waitFor(By.id("edit:ethnicCategory"))).getFirstSelectedOption()
                    .getAttribute("value"), "stored as the code, shown as words");
            assertEquals(TYPED.format(died), b.waitFor(By.id("edit:deceasedDate_input")).getAttribute("value"));
            b.driver().findElement(By.cssSelector("#edit\\:deceasedDate .ui-datepicker-trigger")).click();
            b.waitFor(By.cssSelector("#edit\\:deceasedDate_panel .ui-clear-button")).click();
            assertEquals("", b.waitFor(By.id("edit:deceasedDate_input")).getAttribute("value"), "the picker's Clear empties the date");
            b.screenshot("18-edit-more-details");
            b.click("edit:save");
            b.waitForText(By.id("messages"), "Saved changes");
            assertFalse(b.isPresent(By.id("bannerDeceased")), "no longer shown as deceased");
            assertEquals("No registered GP", b.text(By.id("bannerGp")));
        }
        var trail = Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + nhs,
                Tokens.of("rat.clinician")));
        Patient saved = (Patient) trail.getEntryFirstRep().getResource();
        assertTrue(saved.getGeneralPractitioner().isEmpty() && !saved.hasDeceased(), "the API reads what the screens saved");
        assertEquals("bn", saved.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode());
    }

    @Test
    void searchStartsAtTheNhsNumberAndFindsByAnyDetailAloneOrNarrowsBySeveral() {
        String given = uniqueFamily("Gwendolen");
        String postcode = "ZE" + (1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9)) + " 7" + (char) ('A'
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)) + "Q";
        String token = Tokens.of("taf.clinician");
        Patient first = Fhir.patient(NhsNumbers.next(), uniqueFamily("Finda"), given, "1931-03-17");
        first.getAddressFirstRep().setPostalCode(postcode);
        first = Fhir.register(token, first);
        Fhir.register(token, Fhir.patient(NhsNumbers.next(), uniqueFamily("Findb"), given, "1932-04-18"));
        Patient third = Fhir.patient(NhsNumbers.next(), uniqueFamily("Findc"), "Otto", "1933-05-19");
        third.getAddressFirstRep().setPostalCode(postcode);
        Fhir.register(token, third);
        String nhs = first.getIdentifierFirstRep().getValue();
        String firstName = first.getNameFirstRep().getFamily().toUpperCase() + ", " + given;
        try (Browser b = new Browser()) {
            b.signIn("taf.clerk");
            b.click("navSearch");
            b.waitFor(By.id("search:nhsNumber"));
            assertEquals("search:nhsNumber", ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("return document.activeElement.id"), "the NHS number field has the cursor on arrival");
            // typed straight away, into the field that has focus, with dashes as on a referral letter
            b.driver().switchTo().activeElement().sendKeys(nhs.substring(0, 3) + "-" + nhs.substring(3, 6) + "-" + nhs.substring(6));
            assertTrue(search(b, "of 1").contains("of 1"));
            b.type("search:nhsNumber", "");
            b.type("search:given", given.substring(0, 10).toLowerCase());
            search(b, "of 2"); // a given name alone
            b.type("search:postcode", postcode.replace(" ", "").toLowerCase());
            search(b, "of 1"); // narrowed by the postcode
            assertTrue(b.isPresent(By.linkText(firstName)));
            b.type("search:given", "");
            search(b, "of 2"); // the postcode alone
            b.type("search:birthdate_input", "17/03/1931");
            search(b, "of 1"); // the postcode and the date of birth
            // the date of birth alone, on a fresh page: other tests' patients may share it, so look for ours among them
            b.open("/patients/search.xhtml");
            b.type("search:birthdate_input", "17/03/1931");
            b.pressAndWaitForReplacement(By.id("search"), "search:go");
            String count = b.text(By.id("search:resultCount"));
            b.screenshot("19-search-by-date-of-birth");
            assertTrue(b.isPresent(By.linkText(firstName)), count + ": " + b.text(By.id("search")));
        }
    }

    @Test
    void changingAnNhsNumberIsItsOwnConfirmedAuditedAction() {
        String old = NhsNumbers.next();
        String replacement = NhsNumbers.next();
        String family = uniqueFamily("Renumber");
        Patient p = Fhir.register(Tokens.of("taf.clinician"), Fhir.patient(old, family, "Nia", "1980-03-03"));
        try (Browser b = new Browser()) {
            // a clerk edits demographics but, by the trust's default, does not change the NHS number
            b.signIn("taf.clerk");
            b.open("/patients/edit.xhtml?id=" + p.getIdPart());
            assertEquals("true", b.waitFor(By.id("edit:nhsNumber")).getAttribute("readonly"), "the number cannot be typed over on the edit form");
            assertFalse(b.isPresent(By.id("edit:changeNhs")));
            b.open("/patients/change-nhs.xhtml?id=" + p.getIdPart());
            b.waitFor(By.id("notAllowedToChange"));
            assertFalse(b.isPresent(By.id("change:newNhsNumber")));
        }
        try (Browser b = new Browser()) {
            b.signIn("taf.clinician");
            b.open("/patients/edit.xhtml?id=" + p.getIdPart());
            b.click("edit:changeNhs");
            b.type("change:newNhsNumber", replacement);
            b.type("change:reason", "Mistyped at registration; checked on the PDS");
            b.click("change:check");
            assertEquals(formatted(old), b.text(By.id("oldNumber")));
            assertEquals(formatted(replacement), b.text(By.id("newNumber")));
            b.click("change:confirm"); // without ticking that the number was checked
            b.waitForText(By.id("change:confirmation"), "Confirm that you have checked");
            assertEquals(formatted(old), b.text(By.id("oldNumber")), "nothing changed yet");
            b.screenshot("13-change-nhs-confirm");
            b.waitFor(By.cssSelector("#change\\:confirmed .ui-chkbox-box")).click(); // after the check's full-page submit
            b.click("change:confirm");
            b.waitForText(By.id("bannerNhs"), formatted(replacement));
            assertTrue(b.text(By.id("messages")).contains("changed to " + formatted(replacement)));
            String previous = b.text(By.id("previousNhs"));
            assertTrue(previous.contains(formatted(old)) && previous.contains("Mistyped at registration"), previous);
            b.screenshot("14-banner-previous-nhs");
        }
        var trail = Http.get(Env.BASE_URL + "/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number%7C" + replacement, Tokens.of("taf.clinician"));
        assertEquals(1, Fhir.bundle(trail).getTotal(), "the API finds the patient by the new number");
        try (Browser b = new Browser()) {
            b.signIn("taf.admin");
            b.click("tileAdmin");
            String audit = b.text(By.id("auditSearch:audit"));
            assertTrue(audit.contains(old) && audit.contains(replacement), "the admin's audit trail shows the change from and to: " + audit);
        }
    }

    @Test
    void aTrustAdminLetsClerksChangeNhsNumbersInTheirTrustOnly() throws Exception {
        Patient p = Fhir.register(Tokens.of("rwk.clinician"), Fhir.patient(NhsNumbers.next(), uniqueFamily("Clerkfix"), "Cy", "1990-01-01"));
        String replacement = NhsNumbers.next();
        try {
            try (Browser b = new Browser()) {
                b.signIn("rwk.admin");
                b.click("tilePatientSettings");
                b.driver().findElement(By.xpath("//label[contains(., 'Booking clerks')]/preceding-sibling::div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]")).click();
                b.click("settings:save");
                b.waitForText(By.id("messages"), "changed by clinicians and booking clerks");
                b.screenshot("15-patient-index-settings");
            }
            try (Browser b = new Browser()) {
                b.signIn("rwk.clerk");
                b.open("/patients/edit.xhtml?id=" + p.getIdPart());
                b.click("edit:changeNhs");
                b.type("change:newNhsNumber", replacement);
                b.type("change:reason", "Temporary number replaced");
                b.click("change:check");
                b.waitFor(By.cssSelector("#change\\:confirmed .ui-chkbox-box")).click(); // after the check's full-page submit
                b.click("change:confirm");
                b.waitForText(By.id("bannerNhs"), formatted(replacement));
            }
            // another trust's clerks are still refused (RKL has not decided anything)
            try (Browser b = new Browser()) {
                b.signIn("rkl.clerk");
                Patient q = Fhir.register(Tokens.of("rkl.clinician"), Fhir.patient(NhsNumbers.next(), uniqueFamily("Otherclerk"), "Di", "1991-01-01"));
                b.open("/patients/change-nhs.xhtml?id=" + q.getIdPart());
                b.waitFor(By.id("notAllowedToChange"));
            }
        } finally {
            try (var c = org.openepr.it.support.Db.asSuperuser(); var st = c.createStatement()) {
                st.executeUpdate("delete from trust_setting where trust = 'RWK'"); // back to the default for the other tests
            }
        }
    }

    @Test
    void aUserOfAnotherTrustFindsNothingAndCannotOpenTheBanner() {
        String nhs = NhsNumbers.next();
        Patient ratPatient = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(nhs, uniqueFamily("Elsewhere"), "Ed", "1969-09-09"));
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            assertEquals("West London NHS Trust", b.text(By.id("trustName")));
            b.open("/patients/search.xhtml");
            b.type("search:nhsNumber", nhs);
            b.click("search:go");
            b.waitForText(By.id("search:resultCount"), "No patient found");
            b.screenshot("06-other-trust-search");

            b.open("/patients/banner.xhtml?id=" + ratPatient.getIdPart());
            b.waitFor(By.id("notFound"));
            String otherTrusts = b.text(By.id("notFound"));
            assertFalse(b.isPresent(By.id("patientBanner")));
            b.screenshot("07-other-trust-banner");
            b.open("/patients/banner.xhtml?id=" + UUID.randomUUID());
            assertEquals(otherTrusts, b.text(By.id("notFound")), "another trust's patient looks like no patient at all");
            b.open("/patients/edit.xhtml?id=" + ratPatient.getIdPart());
            assertTrue(b.text(By.id("notFound")).contains("No such patient"));
            // the page itself answers 404, as for any id that is not this trust's
            Object status = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch('/patients/banner.xhtml?id=" + ratPatient.getIdPart() + "').then(r => done(r.status));");
            assertEquals(404L, status);
        }
    }

    @Test
    void badInputIsShownBesideEachFieldEscapedAndNothingIsSaved() {
        String family = uniqueFamily("Badform");
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/register.xhtml");
            b.type("registration:nhsNumber", NhsNumbers.withWrongCheckDigit());
            b.type("registration:familyName", family);
            b.type("registration:givenName", "<script>window.pwned=1</script>");
            b.type("registration:birthDate_input", "01/01/2999");
            b.type("registration:addressLine1", "1 Road");
            b.type("registration:town", "London");
            b.type("registration:postcode", "NOTAPOSTCODE");
            b.type("registration:gpPractice", "F84003");
            b.click("registration:register");
            b.waitFor(By.cssSelector(".ui-message-error"));
            String page = b.pageSource();
            assertTrue(page.contains("check digit is wrong"), "NHS number message");
            assertTrue(page.contains("Given name must not contain"), "given name message");
            assertTrue(page.contains("cannot be in the future"), "date of birth message");
            assertTrue(page.contains("Postcode must be a UK postcode"), "postcode message");
            assertTrue(page.contains("Gender is required"), "gender message");
            assertEquals("<script>window.pwned=1</script>", b.waitFor(By.id("registration:givenName")).getAttribute("value"),
                    "the text comes back as text, in the field");
            assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return window.pwned === undefined ? null : window.pwned"),
                    "the script did not run");
            b.screenshot("08-register-errors");
        }
        assertEquals(0, Fhir.bundle(Http.get(Env.BASE_URL + "/fhir/Patient?family=" + family, Tokens.of("rat.clinician"))).getTotal());
    }

    @Test
    void aUserOfTwoTrustsChoosesOneAndWorksInIt() {
        try (Browser b = new Browser()) {
            b.signIn("locum.clinician");
            b.waitForText(By.tagName("h1"), "Which trust");
            b.screenshot("09-trust-picker");
            b.driver().findElement(By.xpath("//button[contains(., 'West London NHS Trust')]")).click();
            b.waitForText(By.id("trustName"), "West London NHS Trust");
            b.open("/trust.xhtml"); // chosen for the session: the picker does not come back
            b.waitForText(By.tagName("h1"), "Welcome");
            assertEquals("West London NHS Trust", b.text(By.id("trustName")), "one trust per session");
        }
    }

    @Test
    void theHostingOperatorRunsTheInstanceButSeesNoPatient() {
        try (Browser b = new Browser()) {
            b.signIn("operator");
            assertEquals("Hosting operations", b.text(By.id("trustName")));
            assertFalse(b.isPresent(By.id("navSearch")));
            b.click("tileOperator");
            b.waitFor(By.id("trusts:trustTable"));
            String table = b.text(By.id("trusts:trustTable"));
            assertTrue(table.contains("RAT") && table.contains("RKL") && table.contains("TAF"), table);
            assertEquals("Up", b.text(By.id("dbHealth")));
            b.screenshot("10-operator-console");
            // suspending a trust shuts its users out at once; reinstating lets them back
            String taf = "//tr[contains(., 'TAF')]";
            try {
                b.driver().findElement(By.xpath(taf + "//button[contains(., 'Suspend')]")).click();
                b.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
                b.waitForText(By.xpath(taf), "Suspended");
                var refused = org.openepr.it.support.Http.get(org.openepr.it.support.Env.BASE_URL + "/fhir/Patient?family=Smith",
                        Tokens.of("taf.clinician"));
                assertEquals(403, refused.status());
                assertTrue(Fhir.diagnostics(refused).contains("not active"), refused.body());
            } finally {
                b.driver().findElement(By.xpath(taf + "//button[contains(., 'Reinstate')]")).click();
                b.waitForText(By.xpath(taf), "Active");
            }
            assertEquals(200, org.openepr.it.support.Http.get(org.openepr.it.support.Env.BASE_URL + "/fhir/Patient?family=Smith",
                    Tokens.of("taf.clinician")).status());
            // both actions are in the operator's audit trail: who, what, which trust
            b.waitForText(By.id("operatorAudit"), "Trust reinstated");
            String trail = b.text(By.id("operatorAudit"));
            assertTrue(trail.contains("Trust suspended") && trail.contains("TAF") && trail.contains("Olu Adebayo (Hosting operator)"), trail);
            b.open("/patients/search.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
            b.open("/admin/index.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
    }

    @Test
    void aTrustAdminReadsTheirTrustsAuditTrail() {
        Fhir.register(Tokens.of("taf.clinician"), Fhir.patient(NhsNumbers.next(), uniqueFamily("Audited"), "Al", "1955-05-05"));
        try (Browser b = new Browser()) {
            b.signIn("taf.admin");
            b.click("tileAdmin");
            assertEquals("TAF", b.text(By.id("adminTrustCode")));
            String audit = b.text(By.id("auditSearch:audit"));
            assertTrue(audit.contains("Patient registered"), audit);
            assertFalse(audit.contains("rat.clinician") || audit.contains("Asha Patel"), "only this trust's audit trail");
            b.screenshot("11-admin-audit");
            b.open("/patients/search.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
    }

    @Test
    void theScreensWorkAtTabletWidth() {
        try (Browser b = new Browser()) {
            b.signIn("taf.clinician");
            b.resize(Browser.TABLET);
            b.open("/patients/register.xhtml");
            b.waitFor(By.id("registration:nhsNumber"));
            long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow, "no sideways scrolling on a tablet");
            b.screenshot("12-tablet-register");
        }
    }
}
