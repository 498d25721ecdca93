package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Env;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;

/** The trust admin's export page in headless Chromium: ask, watch the progress bar reach 100%, download the archive. */
class ExportScreensIT {

    @Test
    void theTrustAdminExportsTheTrustAndDownloadsTheArchive() throws Exception {
        String clinician = Tokens.of("taf.clinician");
        for (int i = 0; i < 3; i++) {
            Fhir.register(clinician, Fhir.patient(NhsNumbers.next(), Names.unique("Leaving"), "Lee", "1958-0" + (i + 1) + "-15"));
        }
        try (Browser b = new Browser()) {
            b.signIn("taf.admin");
            b.click("tileAdmin");
            b.click("exportLink");
            // the page may show an earlier export, ready with its link: wait for the form the request answers with
            b.pressAndWaitForReplacement(By.id("exportForm:request"), "exportForm:request");
            b.waitForText(By.id("exportState"), "Ready to download");
            assertEquals("Ready to download", b.text(By.id("exportState")));
            assertTrue(b.isPresent(By.id("exportForm:download")), "the new export's link");
            assertTrue(b.text(By.id("exportForm:progress")).contains("100%"), b.text(By.id("exportForm:progress")));
            assertTrue(b.text(By.id("exportForm:files")).contains("Patient"), b.text(By.id("exportForm:files")));
            b.screenshot("46-admin-export-ready");

            // the download, in the admin's own session
            String href = b.driver().findElement(By.id("exportForm:download")).getAttribute("href");
            String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zip.statusCode());
            assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
            List<String> entries = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    entries.add(e.getName());
                }
            }
            assertTrue(entries.contains("manifest.json") && entries.contains("Patient.ndjson") && entries.contains("AuditEvent.ndjson"),
                    entries.toString());

            // another trust's admin: no such export
            try (Browser other = new Browser()) {
                other.signIn("rkl.admin");
                other.open(href.substring(href.indexOf("/admin/")));
                other.waitForText(By.tagName("h1"), "Not found");
                assertTrue(other.pageSource().contains("No such export"), "another trust's admin gets nothing");
            }
            // the operator: refused
            try (Browser operator = new Browser()) {
                operator.signIn("operator");
                operator.open(href.substring(href.indexOf("/admin/")));
                operator.waitForText(By.tagName("h1"), "Not allowed");
                operator.open("/admin/export.xhtml");
                operator.waitForText(By.tagName("h1"), "Not allowed");
            }
        }
    }
}
