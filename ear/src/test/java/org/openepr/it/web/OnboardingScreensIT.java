package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.NhsNumbers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * From nothing to a patient, in headless Chromium through the real Keycloak: the operator onboards a trust, its new
 * admin signs in with the temporary password and chooses their own on Keycloak's form, brands it, invites a clinician, who does
 * the same and registers a patient in the new trust. A trust admin cannot open the operator's console.
 */
class OnboardingScreensIT {

    private static String uniqueCode() {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder("Y");
        for (int i = 0; i < 5; i++) {
            code.append(chars.charAt(random.nextInt(chars.length())));
        }
        return code.toString();
    }

    /** First sign-in with a temporary password: Keycloak's form asks for a new one, then the application opens. */
    private static void firstSignIn(Browser b, String username, String temporaryPassword, String newPassword, String screenshot) {
        b.driver().get(Env.BASE_URL + "/");
        b.waitFor(By.id("username")).sendKeys(username);
        b.driver().findElement(By.id("password")).sendKeys(temporaryPassword);
        b.driver().findElement(By.id("kc-login")).click();
        b.waitFor(By.id("password-new")).sendKeys(newPassword);
        b.driver().findElement(By.id("password-confirm")).sendKeys(newPassword);
        if (screenshot != null) {
            b.screenshot(screenshot);
        }
        b.driver().findElement(By.id("kc-submit")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().startsWith(Env.BASE_URL) && !d.getCurrentUrl().contains("/oidcclient/"));
    }

    @Test
    void theOperatorOnboardsATrustWhoseNewAdminInvitesAClinicianWhoRegistersAPatient() {
        String ods = uniqueCode();
        String trustName = "Riverside Test NHS Trust " + ods;
        String shownName = "Riverside Health " + ods;
        String adminEmail = "admin." + ods.toLowerCase() + "@it.openepr.invalid";
        String username;
        String temporary;
        try (Browser operator = new Browser()) {
            operator.signIn("operator");
            operator.open("/operator/index.xhtml");
            operator.type("onboarding:odsCode", ods);
            operator.type("onboarding:name", trustName);
            operator.type("onboarding:shortName", "RIV" + ods.substring(4));
            operator.type("onboarding:colour", "#00703C");
            operator.type("onboarding:adminName", "Rhea Riverside");
            operator.type("onboarding:adminEmail", adminEmail);
            operator.screenshot("o1-operator-onboarding-form");
            operator.click("onboarding:onboard");
            operator.waitFor(By.id("temporaryPassword"));
            String steps = operator.text(By.id("onboardingSteps"));
            for (String step : new String[] {"Checks: Done", "Trust record: Done", "Keycloak group: Done", "First trust admin's account: Done"}) {
                assertTrue(steps.contains(step), steps);
            }
            username = operator.text(By.id("adminUsername"));
            temporary = operator.text(By.id("temporaryPassword"));
            assertEquals(adminEmail, username);
            ((org.openqa.selenium.JavascriptExecutor) operator.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    operator.waitFor(By.id("onboardingSteps")));
            operator.screenshot("o2-operator-onboarded");
            assertTrue(operator.text(By.id("trusts")).contains(trustName), "listed at once");
            assertTrue(operator.text(By.id("operatorAudit")).contains("Trust onboarded"));
            operator.open("/operator/index.xhtml");
            operator.waitFor(By.id("onboarding:odsCode"));
            assertTrue(!operator.isPresent(By.id("temporaryPassword")), "the password is not shown again");
        }

        String clinicianEmail = "clinician." + ods.toLowerCase() + "@it.openepr.invalid";
        String clinicianTemporary;
        try (Browser admin = new Browser()) {
            firstSignIn(admin, username, temporary, "Riverside-" + ods + "-admin", "o3-new-admin-chooses-password");
            admin.waitFor(By.id("trustName"));
            assertEquals(trustName, admin.text(By.id("trustName")));
            admin.open("/admin/index.xhtml");
            admin.waitForText(By.id("adminTrustName"), trustName);
            assertTrue(admin.text(By.id("operatorActions")).contains("Trust onboarded"), "the operator's action, seen by the trust's admin");
            admin.screenshot("o4-new-trust-admin-console");

            // branding: the name shown and the header colour, at once in the admin's own header
            admin.click("brandingLink");
            admin.type("branding:brandName", shownName);
            admin.type("branding:brandColour", "#8A1538");
            admin.click("branding:save");
            admin.waitForText(By.id("trustName"), shownName);
            assertTrue(admin.waitFor(By.id("trustHeader")).getAttribute("style").replace(" ", "").toLowerCase().contains("#8a1538")
                    || admin.waitFor(By.id("trustHeader")).getCssValue("background-color").equals("rgba(138, 21, 56, 1)"),
                    "the header in the new colour: " + admin.waitFor(By.id("trustHeader")).getCssValue("background-color"));
            admin.screenshot("o4b-new-trust-branded");

            admin.click("staffAccounts");
            admin.type("invite:inviteName", "Cai Clinician");
            admin.type("invite:inviteEmail", clinicianEmail);
            admin.click("invite:send");
            admin.waitFor(By.id("invitedPassword"));
            assertEquals(clinicianEmail, admin.text(By.id("invitedUsername")));
            clinicianTemporary = admin.text(By.id("invitedPassword"));
            String members = admin.text(By.id("members:memberTable"));
            assertTrue(members.contains("Cai Clinician") && members.contains("Rhea Riverside"), members);
            ((org.openqa.selenium.JavascriptExecutor) admin.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    admin.waitFor(By.id("invited")));
            admin.screenshot("o5-admin-invited-clinician");
        }

        try (Browser clinician = new Browser()) {
            firstSignIn(clinician, clinicianEmail, clinicianTemporary, "Riverside-" + ods + "-clin", null);
            clinician.waitForText(By.id("trustName"), shownName);
            String nhs = NhsNumbers.next();
            clinician.open("/patients/register.xhtml");
            clinician.type("registration:nhsNumber", NhsNumbers.formatted(nhs));
            clinician.type("registration:familyName", "Riverbank");
            clinician.type("registration:givenName", "Rosa");
            clinician.type("registration:birthDate_input", "14/02/1958");
            new Select(clinician.waitFor(By.id("registration:gender"))).selectByValue("female");
            clinician.type("registration:addressLine1", "3 Tow Path");
            clinician.type("registration:town", "London");
            clinician.type("registration:postcode", "E14 9SH");
            clinician.type("registration:gpPractice", "F83004");
            clinician.click("registration:register");
            clinician.waitFor(By.id("patientBanner"));
            clinician.waitForText(By.id("bannerNhs"), NhsNumbers.formatted(nhs));
            clinician.screenshot("o6-new-trust-clinician-registered-patient");
        }

        try (Browser otherAdmin = new Browser()) {
            otherAdmin.signIn("rat.admin");
            otherAdmin.open("/operator/index.xhtml");
            otherAdmin.waitForText(By.tagName("h1"), "Not allowed");
            assertTrue(!otherAdmin.isPresent(By.id("onboarding:onboard")));
        }
    }
}
