package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The trust admin's and the operator's consoles, and what every page shares (header, menu, skip link, error pages),
 * in headless Chromium signed in through the real Keycloak.
 */
class ConsoleScreensIT {

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    /** Clicks a button that re-renders the audit form and waits for the new table (the old one holds the old search). */
    private static void search(Browser b, String button) {
        b.pressAndWaitForReplacement(By.id("auditSearch:audit"), button);
    }

    @Test
    void theTrustAdminSearchesTheAuditTrailByPatientStaffActionAndDateAndPagesThroughIt() {
        String nhs = NhsNumbers.next();
        Patient p = Fhir.register(Tokens.of("taf.clinician"), Fhir.patient(nhs, Names.unique("Trail"), "Tess", "1961-06-01"));
        try (Browser b = new Browser()) {
            b.signIn("taf.clinician"); // the first page of the session puts Chloe Evans in TAF's staff directory
            b.open("/patients/banner.xhtml?id=" + p.getIdPart());
            b.waitForText(By.id("bannerNhs"), NhsNumbers.formatted(nhs));
            assertTrue(b.text(By.id("lastUpdated")).startsWith("by Chloe Evans (Clinician, Prescriber) at "), b.text(By.id("lastUpdated")));
        }
        String token = Tokens.of("taf.clinician");
        for (int i = 0; i < 30; i++) { // 30 more lines about this patient: more than one page
            assertEquals(200, Http.get(Env.BASE_URL + "/fhir/Patient/" + p.getIdPart(), token).status());
        }
        try (Browser b = new Browser()) {
            b.signIn("taf.admin");
            b.click("tileAdmin");
            b.type("auditSearch:patient", NhsNumbers.formatted(nhs));
            search(b, "auditSearch:search");
            // registered, viewed in the browser (and any panel's own lines), read 30 times through the API
            int total = Integer.parseInt(b.text(By.cssSelector("#auditSearch\\:audit .ui-paginator-current")).replaceAll(".* of ", ""));
            assertTrue(total >= 32, "every line about the patient: " + total);
            String page1 = b.text(By.id("auditSearch:audit_data"));
            assertTrue(page1.contains("Chloe Evans (Clinician, Prescriber)"), page1);
            assertTrue(page1.contains("Patient viewed") && page1.contains(NhsNumbers.formatted(nhs)), page1);
            assertFalse(page1.contains("taf.clinician") || page1.contains("PATIENT_VIEWED") || page1.contains(p.getIdPart()),
                    "no user id, action code or patient id: " + page1);
            b.screenshot("40-admin-audit-search");

            b.driver().findElement(By.cssSelector("#auditSearch\\:audit .ui-paginator-last")).click();
            b.waitForText(By.id("auditSearch:audit"), ((total - 1) / 25 * 25 + 1) + "-" + total + " of " + total);
            assertTrue(b.text(By.id("auditSearch:audit_data")).contains("Patient registered"), "the oldest line, read from the database on demand");

            // by action, and by today's date (the server's today; dates typed DD/MM/YYYY)
            new Select(b.waitFor(By.id("auditSearch:action"))).selectByVisibleText("Patient registered");
            String today = org.openepr.it.support.ServerClock.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            b.type("auditSearch:from", today);
            b.type("auditSearch:to", today);
            search(b, "auditSearch:search");
            b.waitForText(By.id("auditSearch:audit"), "1-1 of 1");
            b.type("auditSearch:from", "99/99/2027");
            b.click("auditSearch:search");
            b.waitForText(By.id("auditSearch"), "Type the date as DD/MM/YYYY");

            // by staff member, chosen by name and role
            search(b, "auditSearch:clear");
            new Select(b.waitFor(By.id("auditSearch:actor"))).selectByVisibleText("Chloe Evans (Clinician, Prescriber)");
            search(b, "auditSearch:search");
            b.waitForText(By.id("auditSearch:audit_data"), "Chloe Evans");
            List<WebElement> who = b.driver().findElements(By.cssSelector("#auditSearch\\:audit_data tr td:nth-child(2)"));
            assertFalse(who.isEmpty());
            assertTrue(who.stream().allMatch(td -> td.getText().contains("Chloe Evans (Clinician, Prescriber)")), "only the chosen staff member's lines");
        }
    }

    @Test
    void aSuspendedTrustsUsersAreToldWhomToContactAndTheDialogStartsOnCancel() {
        String row = "//tr[contains(., 'RWK')]";
        try (Browser operator = new Browser()) {
            operator.signIn("operator");
            operator.open("/operator/index.xhtml");
            operator.driver().findElement(By.xpath(row + "//button[contains(., 'Suspend')]")).click();
            operator.waitFor(By.id("trusts:cancelSuspend"));
            operator.driver().findElement(By.id("trusts:cancelSuspend")); // rendered; now it must hold the focus
            new org.openqa.selenium.support.ui.WebDriverWait(operator.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "trusts:cancelSuspend".equals(js(operator, "return document.activeElement && document.activeElement.id")));
            operator.screenshot("41-suspend-dialog-cancel-first");
            new Actions(operator.driver()).sendKeys(Keys.ENTER).perform(); // Enter on the focused button: Cancel
            new org.openqa.selenium.support.ui.WebDriverWait(operator.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("trusts:cancelSuspend")).isDisplayed());
            assertEquals("Active", operator.text(By.xpath(row + "//td[4]")).replace("Status", "").strip(), "Enter suspended nothing");
            try {
                operator.driver().findElement(By.xpath(row + "//button[contains(., 'Suspend')]")).click();
                operator.click("trusts:confirmSuspend");
                operator.waitForText(By.xpath(row), "Suspended");
                try (Browser user = new Browser()) {
                    user.signIn("rwk.clinician");
                    user.waitForText(By.tagName("h1"), "Access suspended");
                    assertTrue(user.text(By.id("problem")).startsWith("Your trust's access to this service is suspended; contact the OpenEPR hosting service desk"),
                            user.text(By.id("problem")));
                    assertEquals("East London NHS Foundation Trust", user.text(By.id("trustName")), "under the trust's own header");
                    assertFalse(user.pageSource().contains("Not allowed"));
                    user.screenshot("42-trust-suspended");
                }
            } finally {
                operator.driver().findElement(By.xpath(row + "//button[contains(., 'Reinstate')]")).click();
                operator.waitForText(By.xpath(row), "Active");
            }
            operator.waitForText(By.id("operatorAudit"), "Trust reinstated");
            assertTrue(operator.text(By.id("operatorAudit")).contains("Trust suspended"));
        }
    }

    @Test
    void theTrustPickerIsGoneOnceChosenAndTheOperatorNeverSeesIt() {
        try (Browser b = new Browser()) {
            b.signIn("locum.clinician");
            b.waitForText(By.tagName("h1"), "Which trust");
            b.driver().findElement(By.xpath("//button[contains(., 'West London NHS Trust')]")).click();
            b.waitForText(By.id("trustName"), "West London NHS Trust");
            b.open("/trust.xhtml");
            b.waitForText(By.tagName("h1"), "Welcome");
            assertFalse(b.isPresent(By.id("picker")), "the picker does not open again in this session");
            assertEquals("West London NHS Trust", b.text(By.id("trustName")));
        }
        try (Browser b = new Browser()) {
            b.signIn("operator");
            b.open("/trust.xhtml");
            b.waitForText(By.tagName("h1"), "Welcome");
            assertFalse(b.isPresent(By.id("picker")));
        }
    }

    @Test
    void theCurrentPageIsMarkedASkipLinkLeadsToTheContentAndErrorPagesKeepTheFrame() {
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            b.open("/patients/search.xhtml");
            WebElement current = b.waitFor(By.id("navSearch"));
            assertEquals("page", current.getAttribute("aria-current"));
            List<WebElement> marked = b.driver().findElements(By.cssSelector(".main-nav a[aria-current='page']"));
            assertEquals(1, marked.size(), "one current item");
            WebElement other = b.driver().findElements(By.cssSelector(".main-nav a")).stream()
                    .filter(a -> !a.getAttribute("id").equals("navSearch")).findFirst().orElseThrow();
            assertNull(other.getAttribute("aria-current"));
            assertTrue(current.getCssValue("text-decoration-line").contains("underline"), "shown, not only announced");
            assertFalse(other.getCssValue("text-decoration-line").contains("underline"));
            b.screenshot("45-current-menu-item");

            // on a fresh page the first Tab reaches the skip link; following it puts the focus on the page's content
            b.open("/");
            b.waitFor(By.id("trustHeader"));
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement skip = b.driver().switchTo().activeElement();
            assertEquals("Skip to main content", skip.getText());
            assertTrue(skip.isDisplayed(), "visible when focused");
            b.screenshot("43-skip-link");
            skip.sendKeys(Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "main".equals(js(b, "return document.activeElement.id")));

            // a page that is not there, and one the role may not open: the trust's header and menu stay
            b.open("/patients/no-such-page.xhtml");
            b.waitForText(By.tagName("h1"), "Not found");
            assertEquals("North East London NHS Foundation Trust", b.text(By.id("trustName")));
            assertTrue(b.isPresent(By.id("navSearch")) && b.isPresent(By.id("signOut")) && b.isPresent(By.cssSelector("a.skip-link")));
            b.screenshot("44-not-found-in-frame");
            // refused by the server's role check, before the edge (which never sees that request's token): still the
            // session's trust's header, a way home and a way out
            b.open("/admin/index.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
            assertEquals("North East London NHS Foundation Trust", b.text(By.id("trustName")), "the trust's header, not the product's");
            assertTrue(b.isPresent(By.id("signOut")), "a way out");
            assertTrue(b.isPresent(By.id("trustHeader")) && b.isPresent(By.cssSelector("a.skip-link")) && b.isPresent(By.linkText("Home")));
        }
        try (Browser b = new Browser()) {
            // refused by the application (a module the trust has not taken): header and menu both stay
            b.signIn("rwk.clinician");
            b.open("/clinics/schedule.xhtml");
            b.waitForText(By.tagName("h1"), "Not allowed");
            assertEquals("East London NHS Foundation Trust", b.text(By.id("trustName")));
            assertTrue(b.isPresent(By.id("navSearch")) && b.isPresent(By.id("signOut")));
        }
        try (Browser b = new Browser()) {
            b.signIn("rat.admin");
            b.click("tileAdmin");
            WebElement search = b.waitFor(By.id("auditSearch:search"));
            WebElement clear = b.waitFor(By.id("auditSearch:clear"));
            long gap = ((Number) js(b, "return arguments[1].getBoundingClientRect().left - arguments[0].getBoundingClientRect().right;", search, clear))
                    .longValue();
            assertTrue(gap >= 6, "buttons do not touch: " + gap + "px apart");
            assertEquals("page", b.waitFor(By.id("navAdmin")).getAttribute("aria-current"));
        }
    }

    @Test
    void noInternalCodeOrIsoDateIsShownOnTheMainScreensToAnyRole() {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Sweep"), "Sol", "1977-07-07"));
        for (String user : List.of("rat.clinician", "rat.clerk", "rat.pharmacist", "rat.admin", "operator")) {
            try (Browser b = new Browser()) {
                b.signIn(user);
                ScreenSweep sweep = new ScreenSweep(b, user);
                sweep.check("/");
                for (String path : sweep.linksOnHome()) {
                    sweep.check(path);
                }
                if (!user.equals("operator") && !user.equals("rat.admin")) {
                    sweep.check("/patients/banner.xhtml?id=" + p.getIdPart());
                }
                assertTrue(sweep.checked() >= 2, user + " saw " + sweep.checked() + " screens");
            }
        }
    }

}
