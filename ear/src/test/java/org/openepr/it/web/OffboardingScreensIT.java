package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Db;
import org.openepr.it.support.Env;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Offboarding in headless Chromium through the real Keycloak, on a trust the operator onboards here (never a demo
 * trust): its admin confirms the export arrived, the operator offboards it and watches the erasure to its certificate,
 * and the admin's next sign-in meets the closed page.
 */
class OffboardingScreensIT {

    private static String uniqueCode() {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder("X");
        for (int i = 0; i < 5; i++) {
            code.append(chars.charAt(random.nextInt(chars.length())));
        }
        return code.toString();
    }

    private static void signIn(Browser b, String username, String password, String newPassword) {
        b.driver().get(Env.BASE_URL + "/");
        b.waitFor(By.id("username")).sendKeys(username);
        b.driver().findElement(By.id("password")).sendKeys(password);
        b.driver().findElement(By.id("kc-login")).click();
        if (newPassword != null) {
            b.waitFor(By.id("password-new")).sendKeys(newPassword);
            b.driver().findElement(By.id("password-confirm")).sendKeys(newPassword);
            b.driver().findElement(By.id("kc-submit")).click();
        }
        new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().startsWith(Env.BASE_URL) && !d.getCurrentUrl().contains("/oidcclient/"));
    }

    /** "status content-type content-disposition first-bytes" of a GET made by the signed-in page itself (its cookies). */
    private static String fetch(Browser b, String url, boolean binary) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const head = r.status + ' ' + r.headers.get('Content-Type') + ' ' + r.headers.get('Content-Disposition') + ' ';
                  if (arguments[1]) {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done(head + String.fromCharCode(...bytes.slice(0, 4)) + ' ' + bytes.length);
                  } else {
                    done(head + await r.text());
                  }
                }).catch(e => done('failed ' + e));
                """, url, binary);
        return String.valueOf(answer);
    }

    @Test
    void theAdminConfirmsTheExportTheOperatorOffboardsAndTheCertificateIsShownThenSignInIsClosed() throws Exception {
        String ods = uniqueCode();
        String adminEmail = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        String password = "Leaving-" + ods + "-admin";
        String temporary;
        try (Browser operator = new Browser()) {
            operator.signIn("operator");
            operator.open("/operator/index.xhtml");
            operator.type("onboarding:odsCode", ods);
            operator.type("onboarding:name", "Leaving Test NHS Trust " + ods);
            operator.type("onboarding:shortName", "LVG" + ods.substring(4));
            operator.type("onboarding:colour", "#8A1538");
            operator.type("onboarding:adminName", "Lena Leaving");
            operator.type("onboarding:adminEmail", adminEmail);
            operator.click("onboarding:onboard");
            temporary = operator.text(By.id("temporaryPassword"));
        }
        UUID export = UUID.randomUUID();
        try (Connection c = Db.asSuperuser(); var st = c.prepareStatement("insert into export_job (trust, id, requested_by, requested_at,"
                + " requested_via, state, expected, written, finished_at) values (?, ?, ?, now(), 'SCREEN', 'DONE', 1, 1, now())")) {
            st.setString(1, ods);
            st.setObject(2, export);
            st.setString(3, adminEmail);
            st.executeUpdate();
        }

        // the admin stays signed in in this browser: after the offboarding their session meets the closed page
        try (Browser admin = new Browser()) {
            signIn(admin, adminEmail, temporary, password);
            admin.open("/admin/export.xhtml");
            new Select(admin.waitFor(By.id("exportReceipt:exportJob"))).selectByValue(export.toString());
            admin.click("exportReceipt:confirmReceipt");
            admin.waitForText(By.id("exportConfirmed"), "You confirmed export " + export + " as received");
            admin.screenshot("f1-admin-confirms-export-received");
            offboardAndCheck(ods, adminEmail);

            admin.open("/");
            admin.waitForText(By.tagName("h1"), "Access closed");
            assertTrue(admin.text(By.id("problem")).startsWith("Your trust has left this service"), admin.text(By.id("problem")));
            admin.screenshot("f3-trust-offboarded-sign-in-closed");
        }

        // a new sign-in: Keycloak itself refuses the disabled account, the application is not reached
        try (Browser admin = new Browser()) {
            admin.driver().get(Env.BASE_URL + "/");
            admin.waitFor(By.id("username")).sendKeys(adminEmail);
            admin.driver().findElement(By.id("password")).sendKeys(password);
            admin.driver().findElement(By.id("kc-login")).click();
            new WebDriverWait(admin.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Account is disabled"));
            assertTrue(admin.driver().getCurrentUrl().startsWith(Env.KEYCLOAK_URL), admin.driver().getCurrentUrl());
            admin.screenshot("f5-offboarded-admin-refused-by-keycloak");
        }
    }

    /** The operator offboards the trust, waits for the certificate, downloads it; others are refused it. */
    private static void offboardAndCheck(String ods, String adminEmail) {

        try (Browser operator = new Browser()) {
            operator.signIn("operator");
            operator.open("/operator/index.xhtml");
            new Select(operator.waitFor(By.id("offboarding:offboardTrust"))).selectByValue(ods);
            operator.waitForText(By.id("exportConfirmation"), "confirmed received by " + adminEmail);
            operator.waitForText(By.id("legalHold"), "No legal hold");
            operator.click("offboarding:offboard");
            new WebDriverWait(operator.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
            new WebDriverWait(operator.driver(), Duration.ofSeconds(120))
                    .until(d -> d.findElements(By.id("certificate")).stream().anyMatch(e -> e.getText().contains("Erasure certificate")));
            String certificate = operator.text(By.id("certificate"));
            assertTrue(certificate.contains("Trust: " + ods) && certificate.contains("(DONE)") && certificate.contains("export_job"), certificate);
            assertTrue(operator.text(By.id("trusts")).contains("Offboarded"), "the trust list says so");
            ((org.openqa.selenium.JavascriptExecutor) operator.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    operator.waitFor(By.id("offboardingCard")));
            operator.screenshot("f2-operator-erasure-certificate");
            assertTrue(operator.text(By.id("keycloakOutcome")).startsWith("group /" + ods + " deleted; 1 account(s) disabled"),
                    operator.text(By.id("keycloakOutcome")));
            ((org.openqa.selenium.JavascriptExecutor) operator.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    operator.waitFor(By.id("keycloakOutcome")));
            operator.screenshot("f2b-operator-keycloak-outcome-and-certificate-downloads");

            // the certificate's links, fetched in the operator's own signed-in page as the browser's download would be
            String pdf = operator.driver().findElement(By.id("offboarding:certificatePdf")).getAttribute("href");
            String json = operator.driver().findElement(By.id("offboarding:certificateJson")).getAttribute("href");
            assertTrue(pdf.endsWith("/operator/erasure-certificate?trust=" + ods + "&format=pdf"), pdf);
            String pdfAnswer = fetch(operator, pdf, true);
            assertTrue(pdfAnswer.startsWith("200 application/pdf") && pdfAnswer.contains("attachment; filename=\"erasure-certificate-" + ods
                    + ".pdf\" %PDF"), pdfAnswer);
            String jsonAnswer = fetch(operator, json, false);
            assertTrue(jsonAnswer.startsWith("200 application/json"), jsonAnswer);
            var issued = jakarta.json.Json.createReader(new java.io.StringReader(jsonAnswer.substring(jsonAnswer.indexOf('{')))).readObject();
            assertTrue(issued.getString("trust").equals(ods) && issued.getString("state").equals("DONE"), jsonAnswer);
            assertTrue(issued.getJsonObject("keycloak").getString("state").equals("DONE"), jsonAnswer);
            assertTrue(issued.getJsonNumber("rowsErased").longValue() > 0, jsonAnswer);
        }

        // nobody but the operator gets it: another trust's admin and a clinician meet "Not allowed"
        for (String other : new String[] {"rat.admin", "rat.clinician"}) {
            try (Browser refused = new Browser()) {
                refused.signIn(other);
                refused.open("/operator/erasure-certificate?trust=" + ods + "&format=pdf");
                refused.waitForText(By.tagName("h1"), "Not allowed");
                if (other.equals("rat.admin")) {
                    refused.screenshot("f4-trust-admin-refused-the-erasure-certificate");
                }
            }
        }
    }
}
