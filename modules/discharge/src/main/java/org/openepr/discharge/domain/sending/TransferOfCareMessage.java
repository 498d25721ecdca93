package org.openepr.discharge.domain.sending;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;
import org.openepr.discharge.domain.SummarySigned;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.OdsCode;

/**
 * The ITK3 message that carries a signed discharge summary to the GP practice: a FHIR message Bundle whose
 * MessageHeader asks for both acknowledgements (infrastructure and business), names the practice as recipient for
 * action, and whose focus is the document Bundle as signed. Its identifier is the dispatch key, so the answers name it.
 * A replacement names the version it replaces.
 */
public final class TransferOfCareMessage {

    public static final String HANDLING = "https://fhir.nhs.uk/StructureDefinition/Extension-ITK-MessageHandling-2";
    public static final String REPLACES = "https://openepr.org/fhir/StructureDefinition/replaces-summary-version";
    public static final String KEY_SYSTEM = "https://openepr.org/fhir/Id/discharge-summary-version";
    private static final String EVENTS = "https://fhir.nhs.uk/CodeSystem/ITK-MessageEvent-2";

    private TransferOfCareMessage() {
    }

    /** The message for a signed version, from the trust's mailbox to its GP practice's (or for a hand to carry). */
    public static String of(SummarySigned signed, OdsCode trust, String fromMailbox, UUID messageId) {
        JsonObject document = document(signed.documentJson());
        DispatchKey key = new DispatchKey(signed.summaryId(), signed.version());
        String documentUrl = "urn:uuid:" + UUID.nameUUIDFromBytes(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var handling = Json.createArrayBuilder()
                .add(flag("BusAckRequested", true))
                .add(flag("InfAckRequested", true))
                .add(Json.createObjectBuilder().add("url", "RecipientType").add("valueCoding", Json.createObjectBuilder()
                        .add("system", "https://fhir.nhs.uk/CodeSystem/ITK-RecipientType").add("code", "FA").add("display", "For Action")))
                .add(Json.createObjectBuilder().add("url", "MessageDefinition").add("valueReference", Json.createObjectBuilder()
                        .add("reference", "https://fhir.nhs.uk/MessageDefinition/ITK-MHDischarge-MessageDefinition-Instance-1")))
                .add(Json.createObjectBuilder().add("url", "SenderReference").add("valueString", key.toString()))
                .add(Json.createObjectBuilder().add("url", "LocalExtension").add("valueString", "None"));
        var extensions = Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", HANDLING).add("extension", handling));
        if (signed.replacesVersion() != null) {
            extensions.add(Json.createObjectBuilder().add("url", REPLACES).add("valueIdentifier", Json.createObjectBuilder()
                    .add("system", KEY_SYSTEM).add("value", new DispatchKey(signed.summaryId(), signed.replacesVersion()).toString())));
        }
        JsonObjectBuilder header = Json.createObjectBuilder()
                .add("resourceType", "MessageHeader")
                .add("id", messageId.toString())
                .add("extension", extensions)
                .add("eventCoding", Json.createObjectBuilder().add("system", EVENTS).add("code", "ITK008M")
                        .add("display", "ITK Mental Health Discharge"))
                .add("destination", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("endpoint", signed.gpPractice() == null ? "none" : signed.gpPractice())
                        .add("receiver", organisation(signed.gpPractice() == null ? "none" : signed.gpPractice()))))
                .add("sender", organisation(trust.value()))
                .add("source", Json.createObjectBuilder().add("endpoint", fromMailbox))
                .add("focus", Json.createArrayBuilder().add(Json.createObjectBuilder().add("reference", documentUrl)));
        return Json.createObjectBuilder()
                .add("resourceType", "Bundle")
                .add("id", messageId.toString())
                .add("identifier", Json.createObjectBuilder().add("system", KEY_SYSTEM).add("value", key.toString()))
                .add("type", "message")
                .add("timestamp", signed.signedAt().toString())
                .add("entry", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("fullUrl", "urn:uuid:" + messageId).add("resource", header))
                        .add(Json.createObjectBuilder().add("fullUrl", documentUrl).add("resource", document)))
                .build().toString();
    }

    private static JsonObject document(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("document", "The signed summary has no document to send");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject document = reader.readObject();
            if (!"Bundle".equals(document.getString("resourceType", null)) || !"document".equals(document.getString("type", null))) {
                throw new InvalidInputException("document", "The signed summary must be a FHIR document Bundle");
            }
            return document;
        } catch (JsonException | ClassCastException e) {
            throw new InvalidInputException("document", "The signed summary's document is not FHIR JSON");
        }
    }

    private static JsonObjectBuilder flag(String name, boolean value) {
        return Json.createObjectBuilder().add("url", name).add("valueBoolean", value);
    }

    private static JsonObjectBuilder organisation(String ods) {
        return Json.createObjectBuilder().add("identifier", Json.createObjectBuilder().add("system", OdsCode.FHIR_SYSTEM).add("value", ods));
    }
}
