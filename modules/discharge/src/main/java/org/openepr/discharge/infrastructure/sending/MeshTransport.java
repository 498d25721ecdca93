package org.openepr.discharge.infrastructure.sending;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.openepr.discharge.domain.sending.DispatchKey;
import org.openepr.discharge.domain.sending.GpTransport;
import org.openepr.discharge.domain.sending.ItkCode;
import org.openepr.discharge.domain.sending.ItkResponse;
import org.openepr.platform.identity.OdsCode;

/**
 * The GP transport over a MESH-shaped HTTP API: {@code POST /messageexchange/{our mailbox}/outbox} with the
 * recipient, workflow id and local id as {@code mex-} headers; {@code GET …/inbox}, {@code GET …/inbox/{id}} and
 * {@code PUT …/inbox/{id}/status/acknowledged} for the ITK3 answers. Authorisation names the mailbox and its password.
 * (Real MESH adds a client certificate and an HMAC token per request; this adapter is where they would go.)
 */
@ApplicationScoped
public class MeshTransport implements GpTransport {

    private static final Logger LOG = Logger.getLogger(MeshTransport.class.getName());

    @Inject
    TransportSettings settings;

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String mailboxOf(OdsCode trust) {
        return settings.mailboxPrefix() + trust.value();
    }

    @Override
    public String send(Outgoing message) {
        HttpRequest.Builder request = request(message.from(), "/outbox")
                .header("mex-From", message.from())
                .header("mex-To", message.to())
                .header("mex-WorkflowID", message.workflow())
                .header("mex-LocalID", message.localId().toString())
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8));
        if (message.replaces() != null) {
            request.header("mex-Content-Replaces", message.replaces().toString());
        }
        HttpResponse<String> answer = exchange(request.build());
        if (answer.statusCode() != 202 && answer.statusCode() != 200) {
            throw new TransportException("the mailbox answered " + answer.statusCode());
        }
        return json(answer.body()).map(o -> o.getString("messageID", null))
                .orElseThrow(() -> new TransportException("the mailbox gave no message id"));
    }

    @Override
    public List<String> inbox(OdsCode trust, int max) {
        HttpResponse<String> answer = exchange(request(mailboxOf(trust), "/inbox?max_results=" + max).GET().build());
        if (answer.statusCode() != 200) {
            throw new TransportException("the inbox answered " + answer.statusCode());
        }
        return json(answer.body()).map(o -> o.getJsonArray("messages").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .limit(max).toList()).orElse(List.of());
    }

    @Override
    public Optional<ItkResponse> read(OdsCode trust, String messageId) {
        HttpResponse<String> answer = exchange(request(mailboxOf(trust), "/inbox/" + encode(messageId)).GET().build());
        if (answer.statusCode() == 404) {
            return Optional.empty(); // already collected (by another server)
        }
        if (answer.statusCode() != 200) {
            throw new TransportException("reading message " + messageId + " answered " + answer.statusCode());
        }
        String localId = answer.headers().firstValue("mex-LocalID").orElse(null);
        Optional<ItkCode> code = json(answer.body()).flatMap(MeshTransport::responseCode);
        if (!DispatchKey.isValid(localId) || code.isEmpty()) {
            LOG.warning(() -> "Message " + messageId + " in " + mailboxOf(trust) + " is not an ITK3 response to a discharge summary");
            return Optional.empty();
        }
        return Optional.of(new ItkResponse(DispatchKey.parse(localId), code.get()));
    }

    @Override
    public void acknowledge(OdsCode trust, String messageId) {
        HttpResponse<String> answer = exchange(request(mailboxOf(trust), "/inbox/" + encode(messageId) + "/status/acknowledged")
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        if (answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw new TransportException("acknowledging message " + messageId + " answered " + answer.statusCode());
        }
    }

    /** The ITK response code of an ITK3 response message: its OperationOutcome's issue details. */
    static Optional<ItkCode> responseCode(JsonObject bundle) {
        try {
            for (JsonValue entry : bundle.getJsonArray("entry")) {
                JsonObject resource = entry.asJsonObject().getJsonObject("resource");
                if (resource != null && "OperationOutcome".equals(resource.getString("resourceType", null))) {
                    for (JsonValue issue : resource.getJsonArray("issue")) {
                        for (JsonValue coding : issue.asJsonObject().getJsonObject("details").getJsonArray("coding")) {
                            JsonObject c = coding.asJsonObject();
                            if (ItkCode.SYSTEM.equals(c.getString("system", null))) {
                                return ItkCode.of(c.getString("code", ""));
                            }
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private HttpRequest.Builder request(String mailbox, String path) {
        return HttpRequest.newBuilder(URI.create(settings.url() + "/messageexchange/" + encode(mailbox) + path))
                .timeout(settings.timeout())
                .header("Authorization", "NHSMESH " + mailbox + ":" + settings.password())
                .header("Accept", "application/json");
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TransportException("the mailbox could not be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted", e);
        }
    }

    private static Optional<JsonObject> json(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
