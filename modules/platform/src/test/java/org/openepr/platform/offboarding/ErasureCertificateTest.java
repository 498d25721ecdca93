package org.openepr.platform.offboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ErasureCertificateTest {

    static final UUID ID = UUID.fromString("0b6f2c1e-1d7a-4c55-9f3e-2f1a7c3b9d01");
    static final UUID EXPORT = UUID.fromString("5e0c8a2d-6b1f-4e3a-8c7d-9a2b1c3d4e5f");

    static Erasure erasure(KeycloakOutcome keycloak) {
        return new Erasure(ID, "XQ7K2", "operator", Instant.parse("2027-03-03T10:00:00Z"), EXPORT, "admin.xq7k2@nhs.invalid",
                Instant.parse("2027-03-02T09:00:00Z"), "DONE", Instant.parse("2027-03-03T10:00:00Z"), Instant.parse("2027-03-03T10:00:42Z"), null,
                List.of(new ErasedTable(0, "booking", 12, 12, 0L, true), new ErasedTable(1, "slot", 40, 40, 0L, true),
                        new ErasedTable(2, "ward", 0, 0, 0L, true)),
                keycloak, 3, 2048);
    }

    static final KeycloakOutcome CLEANED = new KeycloakOutcome("DONE", 2, Instant.parse("2027-03-03T10:00:40Z"),
            "group /XQ7K2 deleted; 1 account(s) disabled (in no other trust), 1 locum(s) left this trust's group and keep their account", true,
            List.of(new ErasedAccount("u1", "admin.xq7k2@nhs.invalid", ErasedAccount.Action.DISABLE, "", true),
                    new ErasedAccount("u2", "lou.locum", ErasedAccount.Action.LEAVE_GROUP, "RAT", true)));

    @Test
    void theJsonCertificateCountsRowsPerTableFilesAndWhatKeycloakDidToEachAccount() {
        JsonObject json = erasure(CLEANED).certificateJson();
        assertEquals("XQ7K2", json.getString("trust"));
        assertEquals("DONE", json.getString("state"));
        assertEquals(52, json.getJsonNumber("rowsBefore").longValue());
        assertEquals(52, json.getJsonNumber("rowsErased").longValue());
        assertEquals(3, json.getJsonArray("tables").size());
        JsonObject slot = json.getJsonArray("tables").getJsonObject(1);
        assertEquals("slot", slot.getString("table"));
        assertEquals(40, slot.getInt("rowsBefore"));
        assertEquals(0, slot.getInt("rowsAfter"));
        assertEquals(3, json.getJsonObject("files").getInt("deleted"));
        assertEquals(2048, json.getJsonObject("files").getInt("bytes"));
        JsonObject kc = json.getJsonObject("keycloak");
        assertEquals("DONE", kc.getString("state"));
        assertEquals(1, kc.getInt("accountsDisabled"));
        assertEquals(1, kc.getInt("accountsLeftGroup"));
        assertEquals("LEAVE_GROUP", kc.getJsonArray("accounts").getJsonObject(1).getString("action"));
        assertEquals("RAT", kc.getJsonArray("accounts").getJsonObject(1).getString("otherTrusts"));
        assertEquals("2027-03-03T10:00:42Z", json.getString("finishedAt"));
        assertEquals(EXPORT.toString(), json.getJsonObject("export").getString("job"));
    }

    @Test
    void aKeycloakCleanUpStillWaitingSaysSoAndWhy() {
        Erasure waiting = erasure(new KeycloakOutcome("WAITING", 2, Instant.parse("2027-03-03T10:00:40Z"), "Keycloak is not reachable: ...",
                true, List.of(new ErasedAccount("u1", "admin.xq7k2@nhs.invalid", ErasedAccount.Action.DISABLE, "", false))));
        assertEquals("not done yet, tried 2 time(s): Keycloak is not reachable: ...", waiting.keycloakSummary());
        assertTrue(waiting.certificateText().contains("admin.xq7k2@nhs.invalid: Account disabled (in no other trust) - not done yet"),
                waiting.certificateText());
        assertEquals(0, waiting.certificateJson().getJsonObject("keycloak").getInt("accountsDisabled"), "only what was done is counted");
        assertEquals("not tried yet", erasure(KeycloakOutcome.pending()).keycloakSummary());
    }

    @Test
    void thePdfCertificateNamesTheTrustItsCountsFilesAndAccountsAndHoldsNoPatientInformation() throws Exception {
        byte[] pdf = ErasureCertificatePdf.render(erasure(CLEANED), "Leaving Test NHS Trust", "Olu Operator", Instant.parse("2027-03-03T11:00:00Z"));
        String text;
        try (PDDocument read = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(read);
        }
        assertTrue(text.contains("Erasure certificate: Leaving Test NHS Trust (XQ7K2)"), text);
        assertTrue(text.contains("Erasure certificate: holds no patient information"), text);
        assertFalse(text.contains("contains patient information"), text);
        assertTrue(text.contains("52 before, 52 erased, in 3 tables"), text);
        assertTrue(text.contains("3 (2048 bytes)"), text);
        assertTrue(text.contains("lou.locum") && text.contains("Left this trust only"), text);
        assertTrue(text.contains("Printed by Olu Operator at 03-Mar-2027 11:00"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }
}
