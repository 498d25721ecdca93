package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;

/**
 * The trust admin's import page in headless Chromium: an archive uploaded into a trust that holds records is refused
 * with a message saying why (the round trip itself is ImportRoundTripIT's); the operator is not allowed the page.
 */
class ImportScreensIT {

    @Test
    void anUploadIntoATrustWithRecordsIsRefusedOnThePage() throws Exception {
        Fhir.register(Tokens.of("taf.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique("Staying"), "Sam", "1961-02-03"));
        Path zip = Files.createTempFile("openepr-export-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write("{}".getBytes());
        }
        try (Browser b = new Browser()) {
            b.signIn("taf.admin");
            b.click("tileAdmin");
            b.click("importLink");
            assertEquals("Import an export into this trust", b.text(By.tagName("h1")));
            b.waitFor(By.id("importForm:archive")).sendKeys(zip.toAbsolutePath().toString());
            b.click("importForm:upload");
            try {
                b.waitForText(By.tagName("body"), "This trust is not empty");
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the page after the upload: " + b.text(By.tagName("body")), e);
            }
            assertTrue(b.pageSource().contains("nothing was imported"), "the refusal says nothing was written");
            b.screenshot("47-admin-import-refused");
        } finally {
            Files.deleteIfExists(zip);
        }
        try (Browser operator = new Browser()) {
            operator.signIn("operator");
            operator.open("/admin/import.xhtml");
            operator.waitForText(By.tagName("h1"), "Not allowed");
        }
    }
}
