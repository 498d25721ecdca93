package org.openepr.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Browser;
import org.openepr.it.support.Db;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The note editor in headless Chromium, signed in through the real Keycloak: nothing typed is lost to a cut network,
 * a closed tab or an expired session, and two clinicians saving one draft see both texts side by side.
 */
class NotesScreensIT {

    static String patient(String family) {
        Patient p = Fhir.register(Tokens.of("rat.clinician"), Fhir.patient(NhsNumbers.next(), Names.unique(family), "Noa", "1969-09-09"));
        return p.getIdPart();
    }

    /** What the server has for the note's draft, read from the database. */
    static String savedText(String noteId) {
        try (var c = Db.asSuperuser(); var st = c.prepareStatement("select draft_text from clinical_note where id = ?::uuid")) {
            st.setString(1, noteId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static WebDriverWait waiting(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(60));
    }

    static void waitForState(Browser b, String words) {
        waiting(b).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveState"), words));
    }

    static String noteId(Browser b) {
        return waiting(b).until(d -> {
            String id = (String) ((ChromeDriver) d).executeScript("return document.getElementById('noteEditor').dataset.note");
            return id == null || id.isEmpty() ? null : id;
        });
    }

    /** Waits until the page says this text is kept on the device (encrypted in IndexedDB) and shows it. */
    static void waitUntilKept(Browser b, String text) {
        waiting(b).until(d -> text.equals(editorText(b)) && String.valueOf(text.length()).equals(((ChromeDriver) d).executeScript(
                "return document.getElementById('noteEditor').dataset.keptLength")));
    }

    /** The editor has loaded and found nothing of this note left on the device. */
    static void waitUntilKeptOrClean(Browser b) {
        b.waitFor(By.id("noteText"));
        waiting(b).until(d -> !b.isPresent(By.cssSelector("#restoreOffer:not([hidden])")));
    }

    static String editorText(Browser b) {
        return (String) ((ChromeDriver) b.driver()).executeScript("return document.getElementById('noteText').value");
    }

    /** Chrome's own offline emulation (DevTools protocol), as when a laptop loses its Wi-Fi. */
    static void network(Browser b, boolean online) {
        ChromeDriver chrome = (ChromeDriver) b.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    static void writeNewNote(Browser b, String patientId) {
        b.open("/patients/banner.xhtml?id=" + patientId);
        b.click("writeNote");
        b.waitFor(By.id("noteText"));
    }

    @Test
    void textTypedOfflineSurvivesAClosedTab_isOfferedBackExactly_andSavesWhenTheNetworkReturns() {
        String patientId = patient("Notesoffline");
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            writeNewNote(b, patientId);
            b.driver().findElement(By.id("noteText")).sendKeys("Seen at home. Mood low.");
            waitForState(b, "Saved ");
            String noteId = noteId(b);
            assertEquals("Seen at home. Mood low.", savedText(noteId));
            b.screenshot("n1-note-editor-saved");

            // the network goes; typing goes on and is kept on this device
            network(b, false);
            b.driver().findElement(By.id("noteText")).sendKeys(" Sleeping poorly.");
            ((ChromeDriver) b.driver()).executeScript("document.getElementById('noteText').blur()"); // leaving the field: a save is tried
            waitForState(b, "Offline: kept on this device");
            b.screenshot("n2-note-editor-offline");
            assertEquals("Seen at home. Mood low.", savedText(noteId), "nothing reached the server");
            // and it comes back: the same tab saves by itself
            network(b, true);
            waitForState(b, "Saved ");
            assertEquals("Seen at home. Mood low. Sleeping poorly.", savedText(noteId));

            // offline again, more typing, then the tab is closed before the network returns
            network(b, false);
            String typedOffline = " Daughter present <script>alert('x')</script>\nPlan: review in 1 week.";
            b.driver().findElement(By.id("noteText")).sendKeys(typedOffline);
            String expected = "Seen at home. Mood low. Sleeping poorly." + typedOffline;
            waitForState(b, "Offline: kept on this device");
            waitUntilKept(b, expected);
            // a blank tab opened behind Selenium's back (CDP), so the editor's tab stays in front, still offline, until
            // it is closed: switching tabs would end its offline emulation and the focus coming back would save
            ((ChromeDriver) b.driver()).executeCdpCommand("Target.createTarget", Map.of("url", "about:blank"));
            String closing = b.driver().getWindowHandle();
            b.driver().close();
            b.driver().switchTo().window(b.driver().getWindowHandles().stream().filter(h -> !h.equals(closing)).findFirst().orElseThrow());
            assertEquals("Seen at home. Mood low. Sleeping poorly.", savedText(noteId));

            // reopened (network back): the text is offered back exactly, then saved
            b.open("/patients/banner.xhtml?id=" + patientId);
            b.waitForText(By.id("notes"), "Seen at home. Mood low. Sleeping poorly.");
            b.screenshot("n0-patient-notes-panel");
            b.open("/caserecord/note.xhtml?note=" + noteId);
            b.waitFor(By.id("restoreOffer"));
            assertTrue(b.text(By.id("restoreQuestion")).matches("Restore the text you typed at \\d\\d:\\d\\d\\?"), b.text(By.id("restoreQuestion")));
            b.screenshot("n3-note-editor-restore-offer");
            b.click("restoreLocal");
            waitForState(b, "Saved ");
            assertEquals(expected, editorText(b));
            assertEquals(expected, savedText(noteId), "saved exactly as typed, markup and line breaks included");
        }
    }

    @Test
    void aSessionThatExpiresWhileTypingLosesNothing_andSavingResumesAfterSigningIn() {
        String patientId = patient("Notesexpiry");
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            writeNewNote(b, patientId);
            b.driver().findElement(By.id("noteText")).sendKeys("Before the session ended.");
            waitForState(b, "Saved ");
            String noteId = noteId(b);
            // the server no longer knows this browser: its session cookies are gone, as after a timeout
            b.driver().manage().deleteAllCookies();
            b.driver().findElement(By.id("noteText")).sendKeys(" Typed after it ended.");
            waitForState(b, "Session expired: kept on this device");
            waitUntilKept(b, "Before the session ended. Typed after it ended.");
            b.screenshot("n4-note-editor-session-expired");
            assertEquals("Before the session ended.", savedText(noteId));

            // signing in again in another tab, as the page's link does (Keycloak may still know the user, or ask again);
            // this tab keeps the text on screen
            String editor = b.driver().getWindowHandle();
            b.waitFor(By.id("signInAgain"));
            b.driver().switchTo().newWindow(WindowType.TAB);
            b.open("/");
            waiting(b).until(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.id("userName")).isEmpty());
            if (b.isPresent(By.id("username"))) {
                b.type("username", "rat.clinician");
                b.type("password", org.openepr.it.support.Env.DEMO_PASSWORD);
                b.click("kc-login");
                b.waitFor(By.id("userName"));
            }
            b.driver().close();
            b.driver().switchTo().window(editor);
            assertEquals("Before the session ended. Typed after it ended.", editorText(b), "the text never left the screen");
            waitForState(b, "Saved ");
            assertEquals("Before the session ended. Typed after it ended.", savedText(noteId));
        }
    }

    @Test
    void twoCliniciansSavingOneDraft_theSecondSeesBothVersionsAndChooses() {
        String patientId = patient("Notestwo");
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.signIn("rat.clinician");
            writeNewNote(first, patientId);
            first.driver().findElement(By.id("noteText")).sendKeys("Shared start.");
            waitForState(first, "Saved ");
            String noteId = noteId(first);

            second.signIn("locum.clinician");
            second.waitForText(By.tagName("h1"), "Which trust");
            second.driver().findElement(By.xpath("//button[contains(., 'North East London NHS Foundation Trust')]")).click();
            second.waitForText(By.id("trustName"), "North East London NHS Foundation Trust");
            second.open("/caserecord/note.xhtml?note=" + noteId);
            second.waitFor(By.id("noteText"));
            assertEquals("Shared start.", editorText(second));

            first.driver().findElement(By.id("noteText")).sendKeys(" First clinician's line.");
            waitForState(first, "Saved ");
            second.driver().findElement(By.id("noteText")).sendKeys(" Second clinician's line.");
            second.waitFor(By.id("conflict"));
            assertEquals("Shared start. Second clinician's line.", second.text(By.id("conflictYours")));
            assertEquals("Shared start. First clinician's line.", second.text(By.id("conflictTheirs")));
            assertTrue(second.text(By.id("conflictTheirsHeading")).contains("Asha Patel"), second.text(By.id("conflictTheirsHeading")));
            assertEquals("Shared start. First clinician's line.", savedText(noteId), "never overwritten silently");
            second.screenshot("n5-note-editor-two-versions");

            second.click("combineBoth");
            waitForState(second, "Saved ");
            assertEquals("Shared start. First clinician's line.\n\nShared start. Second clinician's line.", savedText(noteId));

            // the author validates the note as it now stands, then corrects it: an amendment, both versions kept
            first.open("/caserecord/note.xhtml?note=" + noteId);
            waitUntilKeptOrClean(first);
            first.click("validateNote");
            first.waitFor(By.id("currentText"));
            assertEquals("Shared start. First clinician's line.\n\nShared start. Second clinician's line.", first.text(By.id("currentText")));
            first.type("amend:text", "Shared start. First and second clinicians' lines, merged.");
            first.type("amend:reason", "Merged the two drafts");
            first.click("amend:saveAmendment");
            first.waitFor(By.id("version2"));
            assertTrue(first.text(By.id("version2")).contains("Reason: Merged the two drafts"), first.text(By.id("version2")));
            assertTrue(first.text(By.id("version1")).contains("Shared start. Second clinician's line."), "version 1 kept as signed");
            first.screenshot("n6-note-amended-versions");
        }
    }

    @Test
    void aBookingClerkSeesNoNotes() {
        String patientId = patient("Notesclerk");
        try (Browser b = new Browser()) {
            b.signIn("rat.clerk");
            b.open("/patients/banner.xhtml?id=" + patientId);
            b.waitFor(By.id("patientBanner"));
            assertTrue(!b.isPresent(By.id("notes")), "no notes panel for a booking clerk");
            b.open("/caserecord/note.xhtml?patient=" + patientId + "&x=" + UUID.randomUUID());
            b.waitForText(By.tagName("h1"), "Not allowed");
        }
    }

    @Test
    void anotherTrustsNoteIsNotThere() {
        String patientId = patient("Notesother");
        var d = new org.hl7.fhir.r4.model.DocumentReference();
        d.getType().setText("Progress note");
        d.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/" + patientId));
        d.addContent().getAttachment().setContentType("text/plain").setData("Only for RAT".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var created = org.openepr.it.support.Http.post(org.openepr.it.support.Env.BASE_URL + "/fhir/DocumentReference", Tokens.of("rat.clinician"),
                Fhir.json(d), Map.of());
        assertEquals(201, created.status(), created.body());
        String noteId = Fhir.parse(org.hl7.fhir.r4.model.DocumentReference.class, created.body()).getIdPart();
        try (Browser b = new Browser()) {
            b.signIn("rkl.clinician");
            b.open("/caserecord/note.xhtml?note=" + noteId);
            b.waitFor(By.id("notFound"));
            assertTrue(!b.pageSource().contains("Only for RAT") && !b.isPresent(By.id("noteText")));
        }
    }

    @Test
    void aTrustAdminAddsAndRetiresANoteType_andCliniciansAreOfferedWhatIsInUse() {
        String name = "Carer's assessment " + UUID.randomUUID().toString().substring(0, 4);
        try (Browser b = new Browser()) {
            b.signIn("rat.admin");
            b.click("tileNoteTypes");
            b.waitFor(By.id("types:typeList"));
            assertTrue(b.text(By.id("types:typeList")).contains("Progress note"), "the defaults");
            b.type("add:name", name);
            b.click("add:addType");
            b.waitForText(By.id("types:typeList"), name);
            b.screenshot("n7-note-types");
        }
        String patientId = patient("Notestypes");
        try (Browser b = new Browser()) {
            b.signIn("rat.clinician");
            writeNewNote(b, patientId);
            assertTrue(b.text(By.id("noteType")).contains(name), "offered to clinicians: " + b.text(By.id("noteType")));
        }
    }
}
