package org.openepr.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The bench trusts' groups and users in the demo realm (admin REST API), and users' access tokens. */
public final class Keycloak {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String realm;

    public Keycloak(String url, String realm) {
        this.url = url;
        this.realm = realm;
    }

    /** A password-grant access token through the public client epr-cli (audience epr-api, claim trusts). */
    public String userToken(String username, String password) {
        return token(realm, "epr-cli", username, password);
    }

    private String token(String realmName, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/realms/" + realmName + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " in realm " + realmName + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return json(response.body()).asJsonObject().getString("access_token");
    }

    /**
     * Ensures group {@code /<odsCode>} and a clinician {@code username} in exactly that group.
     * Idempotent: what exists is kept; membership and role are (re)asserted.
     */
    public void ensureTrustUser(String admin, String odsCode, String username, String password, String displayName) {
        ensureTrustUser(admin, odsCode, username, password, displayName, "Clinician " + odsCode, "clinician");
    }

    /** The same, with the user's last name and realm roles given (roles are added, none taken away). */
    public void ensureTrustUser(String admin, String odsCode, String username, String password, String displayName, String lastName,
                                String... roles) {
        String groupId = findGroup(admin, odsCode);
        if (groupId == null) {
            HttpResponse<String> created = adminCall(admin, "POST", "/groups",
                    Json.createObjectBuilder().add("name", odsCode)
                            .add("attributes", Json.createObjectBuilder().add("trustShortName", Json.createArrayBuilder().add(displayName)))
                            .build().toString());
            expect(created, "create group " + odsCode, 201, 409);
            groupId = findGroup(admin, odsCode);
        }
        String userId = findUser(admin, username);
        if (userId == null) {
            JsonObject user = Json.createObjectBuilder()
                    .add("username", username).add("enabled", true).add("emailVerified", true)
                    .add("firstName", "Bench").add("lastName", lastName)
                    .add("email", username + "@bench.openepr.invalid")
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "password").add("value", password).add("temporary", false)))
                    .build();
            expect(adminCall(admin, "POST", "/users", user.toString()), "create user " + username, 201, 409);
            userId = findUser(admin, username);
        }
        expect(adminCall(admin, "PUT", "/users/" + userId + "/groups/" + groupId, null), "join group " + odsCode, 204);
        for (String name : roles) {
            JsonValue role = json(expect(adminCall(admin, "GET", "/roles/" + name, null), "read role " + name, 200).body());
            expect(adminCall(admin, "POST", "/users/" + userId + "/role-mappings/realm", "[" + role + "]"), "grant " + name, 204);
        }
    }

    /** Removes a group and an account if they exist (what a bench run made; never a bench trust's). */
    public void remove(String admin, String groupName, String username) {
        String user = findUser(admin, username);
        if (user != null) {
            expect(adminCall(admin, "DELETE", "/users/" + user, null), "delete user " + username, 204, 404);
        }
        String group = findGroup(admin, groupName);
        if (group != null) {
            expect(adminCall(admin, "DELETE", "/groups/" + group, null), "delete group " + groupName, 204, 404);
        }
    }

    /** An admin token from the master realm (admin-cli). */
    public String adminToken(String username, String password) {
        return token("master", "admin-cli", username, password);
    }

    private String findGroup(String admin, String name) {
        HttpResponse<String> found = expect(adminCall(admin, "GET",
                "/groups?exact=true&briefRepresentation=true&search=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null), "find group", 200);
        for (JsonValue g : json(found.body()).asJsonArray()) {
            if (g.asJsonObject().getString("name").equals(name) && g.asJsonObject().getString("path", "/" + name).equals("/" + name)) {
                return g.asJsonObject().getString("id");
            }
        }
        return null;
    }

    private String findUser(String admin, String username) {
        HttpResponse<String> found = expect(adminCall(admin, "GET",
                "/users?exact=true&briefRepresentation=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null), "find user", 200);
        JsonArray users = json(found.body()).asJsonArray();
        return users.isEmpty() ? null : users.getJsonObject(0).getString("id");
    }

    private HttpResponse<String> adminCall(String admin, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + admin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, String what, int... statuses) {
        for (int s : statuses) {
            if (response.statusCode() == s) {
                return response;
            }
        }
        throw new IllegalStateException("Keycloak: " + what + " answered HTTP " + response.statusCode() + ": " + response.body());
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
