package org.openepr.discharge.domain.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;

class TransferOfCareMessageTest {

    static final String DOCUMENT = "{\"resourceType\":\"Bundle\",\"type\":\"document\",\"entry\":[{\"resource\":{\"resourceType\":\"Composition\"}}]}";

    @Test
    void anItk3MessageAskingForBothAcknowledgementsWithTheDocumentAsSigned() {
        UUID summary = UUID.randomUUID();
        SummarySigned signed = new SummarySigned(summary, 2, 1, UUID.randomUUID(), "9990000018", "F84003", DOCUMENT, "dr", Instant.EPOCH);
        JsonObject m = Json.createReader(new StringReader(TransferOfCareMessage.of(signed, OdsCode.of("RAT"), "EPR-RAT", UUID.randomUUID())))
                .readObject();
        assertEquals("message", m.getString("type"));
        assertEquals(summary + ":2", m.getJsonObject("identifier").getString("value"));
        JsonObject header = m.getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertEquals("F84003", header.getJsonArray("destination").getJsonObject(0).getString("endpoint"));
        assertEquals("EPR-RAT", header.getJsonObject("source").getString("endpoint"));
        String handling = header.getJsonArray("extension").getJsonObject(0).toString();
        assertTrue(handling.contains("BusAckRequested") && handling.contains("InfAckRequested"), handling);
        assertEquals(summary + ":1", header.getJsonArray("extension").getJsonObject(1).getJsonObject("valueIdentifier").getString("value"),
                "a replacement names the version it replaces");
        assertEquals("Composition", m.getJsonArray("entry").getJsonObject(1).getJsonObject("resource").getJsonArray("entry").getJsonObject(0)
                .getJsonObject("resource").getString("resourceType"));
    }

    @Test
    void onlyADocumentBundleIsSent() {
        SummarySigned notADocument = new SummarySigned(UUID.randomUUID(), 1, null, UUID.randomUUID(), null, "F84003",
                "{\"resourceType\":\"Composition\"}", "dr", Instant.EPOCH);
        assertThrows(InvalidInputException.class, () -> TransferOfCareMessage.of(notADocument, OdsCode.of("RAT"), "EPR-RAT", UUID.randomUUID()));
        SummarySigned garbage = new SummarySigned(UUID.randomUUID(), 1, null, UUID.randomUUID(), null, "F84003", "not json", "dr", Instant.EPOCH);
        assertThrows(InvalidInputException.class, () -> TransferOfCareMessage.of(garbage, OdsCode.of("RAT"), "EPR-RAT", UUID.randomUUID()));
    }
}
