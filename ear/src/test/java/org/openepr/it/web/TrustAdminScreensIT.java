package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trust admin's self-service in headless Chromium: the settings hub lists every module's settings pages; a logo
 * (checked by its content: a text file named .png is refused beside the field) shows in the header of every page of
 * the trust's users and of no other trust's, whatever URL they ask for; a module turned off leaves the menu at once and
 * comes back when turned on again. Screenshots 50…55.
 */
class TrustAdminScreensIT {

    private static final String MODULES = "/admin/modules.xhtml";

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    /** A synthetic logo: a blue plate with three white bars (drawn here, no font needed). */
    private static Path logoFile() throws Exception {
        BufferedImage image = new BufferedImage(240, 64, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x00, 0x5E, 0xB8));
        g.fillRoundRect(0, 0, 240, 64, 14, 14);
        g.setColor(Color.WHITE);
        for (int i = 0; i < 3; i++) {
            g.fillRoundRect(20 + i * 70, 16, 50, 32, 8, 8);
        }
        g.setColor(new Color(0x00, 0x70, 0x3C));
        g.fillOval(108, 24, 24, 16);
        g.dispose();
        Path file = Files.createTempFile("rkl-logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static WebElement moduleBox(Browser b, String module) {
        return b.waitFor(By.cssSelector("input[name='moduleForm:modules'][value='" + module + "']"));
    }

    /** Ticks every box that may be ticked and saves: the trust as it was (every module), whatever happened before. */
    private static void everyModuleOn(Browser b) {
        b.open(MODULES);
        b.waitFor(By.id("moduleForm:saveModules"));
        for (WebElement box : b.driver().findElements(By.cssSelector("input[name='moduleForm:modules']"))) {
            if (box.isEnabled() && !box.isSelected()) {
                box.click();
            }
        }
        b.pressAndWaitForReplacement(By.id("moduleForm:saveModules"), "moduleForm:saveModules");
        b.waitFor(By.id("moduleForm:saveModules"));
    }

    /** The image is on the page and the browser decoded it (waited for: it loads after the page). */
    private static boolean loaded(Browser b, By image) {
        WebElement img = b.waitFor(image);
        return new WebDriverWait(b.driver(), Duration.ofSeconds(30))
                .until(d -> (Boolean) js(b, "return arguments[0].complete && arguments[0].naturalWidth > 0", img));
    }

    @Test
    void theAdminUploadsALogoSeenInTheHeaderAndTurnsAModuleOffAndOnAgain() throws Exception {
        Path logo = logoFile();
        Path notAnImage = Files.createTempFile("logo", ".png");
        Files.writeString(notAnImage, "this is text, whatever its name says");
        String sha;
        try (Browser admin = new Browser()) {
            admin.signIn("rkl.admin");
            try {
                // the hub: the shell's own settings and every module's, each a link to its page
                admin.open("/admin/settings.xhtml");
                String hub = admin.text(By.id("settingsList"));
                for (String id : List.of("settingsModules", "settingsBranding", "settingsStaff", "settingsRelease", "settingsPatientIndex",
                        "settingsClinics", "settingsFormulary", "settingsNoteTypes", "settingsWards", "settingsSigningRules", "settingsSendingLimits")) {
                    assertTrue(admin.isPresent(By.id(id)), id + " in " + hub);
                }
                admin.screenshot("50-admin-settings-hub");

                // the logo: a text file named .png is refused beside the field, a real PNG shows in the header at once
                admin.click("settingsBranding");
                admin.waitFor(By.id("logoForm:logo")).sendKeys(notAnImage.toString());
                admin.click("logoForm:uploadLogo");
                admin.waitForText(By.id("logoForm:logoMessage"), "Logo must be a PNG, JPEG or SVG image");
                assertFalse(admin.isPresent(By.id("trustLogo")), "nothing saved");
                admin.screenshot("51-admin-logo-refused");
                admin.waitFor(By.id("logoForm:logo")).sendKeys(logo.toString());
                admin.click("logoForm:uploadLogo");
                assertTrue(loaded(admin, By.id("trustLogo")), "the header shows the logo");
                assertTrue(loaded(admin, By.id("logoPreview")));
                String src = admin.waitFor(By.id("trustLogo")).getAttribute("src");
                sha = src.substring(src.indexOf("v=") + 2);
                assertEquals(64, sha.length(), src);
                admin.screenshot("52-admin-logo-in-header");
                admin.open("/index.xhtml");
                assertTrue(loaded(admin, By.id("trustLogo")), "on every page");

                // a module off: its menu entry and its settings leave at once; on again, both are back
                admin.open(MODULES);
                assertTrue(admin.isPresent(By.id("navClinicSetup")), "clinic set-up in the menu while the trust has clinics");
                WebElement index = moduleBox(admin, "patient-index");
                assertTrue(index.isSelected() && !index.isEnabled(), "the patient index cannot be turned off");
                moduleBox(admin, "clinics").click();
                admin.screenshot("53-admin-modules-clinics-unticked");
                admin.pressAndWaitForReplacement(By.id("moduleForm:saveModules"), "moduleForm:saveModules");
                admin.waitForText(By.id("messages"), "Modules saved");
                assertFalse(moduleBox(admin, "clinics").isSelected());
                assertFalse(admin.isPresent(By.id("navClinicSetup")), "its menu entry is gone");
                admin.screenshot("54-admin-modules-clinics-off");
                admin.open("/admin/settings.xhtml");
                admin.waitFor(By.id("settingsList"));
                assertFalse(admin.isPresent(By.id("settingsClinics")), "its settings are gone from the hub");
                admin.open("/clinics/admin/setup.xhtml");
                admin.waitForText(By.tagName("body"), "Your trust has not taken clinic management");

                admin.open(MODULES);
                moduleBox(admin, "clinics").click();
                admin.pressAndWaitForReplacement(By.id("moduleForm:saveModules"), "moduleForm:saveModules");
                admin.waitForText(By.id("messages"), "Modules saved");
                assertTrue(moduleBox(admin, "clinics").isSelected());
                assertTrue(admin.isPresent(By.id("navClinicSetup")), "back in the menu");
                admin.screenshot("55-admin-modules-clinics-on-again");
            } catch (RuntimeException | Error e) {
                everyModuleOn(admin);
                admin.open("/admin/branding.xhtml");
                if (admin.isPresent(By.id("logoForm:removeLogo"))) {
                    admin.click("logoForm:removeLogo");
                }
                throw e;
            }

            // another trust's staff: no logo in their header, and the URL serves only their own trust's (none)
            try (Browser other = new Browser()) {
                other.signIn("rat.clinician");
                other.waitFor(By.id("trustName"));
                assertFalse(other.isPresent(By.id("trustLogo")));
                Object status = ((JavascriptExecutor) other.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch('/trust-logo?v=' + arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));", sha);
                assertEquals(404L, status, "RAT's session never gets RKL's logo, whatever the URL says");
            }
            // the trust's own staff see it
            try (Browser clinician = new Browser()) {
                clinician.signIn("rkl.clinician");
                assertTrue(loaded(clinician, By.id("trustLogo")), "the trust's clinicians see the logo");
            }

            // removed: gone from the header
            admin.open("/admin/branding.xhtml");
            admin.click("logoForm:removeLogo");
            admin.waitForText(By.id("messages"), "Logo removed");
            assertFalse(admin.isPresent(By.id("trustLogo")));
        } finally {
            Files.deleteIfExists(logo);
            Files.deleteIfExists(notAnImage);
        }
    }
}
