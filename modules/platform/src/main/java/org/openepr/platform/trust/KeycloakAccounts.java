package org.openepr.platform.trust;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The realm's accounts and trust groups, through Keycloak's admin REST API as the service account of the confidential
 * client epr-provisioning (realm-management: query-groups, view-users, manage-users; see docs/onboarding.md).
 * Plain JAX-RS and JSON-P rather than keycloak-admin-client: that library brings its own RESTEasy client and Jackson
 * provider, which clash with Liberty's RESTEasy-based restfulWS in the EAR, for the dozen calls used here.
 * A trust is a top-level group named by its ODS code (the "trusts" claim lists the user's groups).
 * Every failure to talk to Keycloak is a {@link KeycloakUnavailableException}; a refusal with a status is another.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** What a person's account looks like to the application. */
    public record Account(String id, String username, String firstName, String lastName, String email, boolean enabled) {
        public String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }
    }

    @Resource(lookup = "epr/keycloak/adminUrl")
    String keycloakUrl;

    @Resource(lookup = "epr/keycloak/realm")
    String realm;

    @Resource(lookup = "epr/keycloak/provisioningClient")
    String clientId;

    @Resource(lookup = "epr/settings/provisioningSecret")
    String clientSecret;

    @Resource(lookup = "epr/keycloak/timeoutMillis")
    Object timeoutMillis; // Liberty gives a number entry as a number

    private volatile Client client;
    private volatile String token;
    private volatile long tokenExpiresAt;

    /** Where Keycloak is; a test may point it elsewhere. */
    protected String baseUrl() {
        return keycloakUrl;
    }

    public String realm() {
        return realm;
    }

    // --- groups (trusts) ---

    public Optional<String> groupId(String name) {
        JsonArray found = array(call(() -> admin("/groups?exact=true&briefRepresentation=true&search=" + enc(name)).get(), 200));
        return found.getValuesAs(JsonObject.class).stream().filter(g -> name.equals(g.getString("name"))).map(g -> g.getString("id")).findFirst();
    }

    /** A top-level group; its id. */
    public String createGroup(String name, String shortName) {
        JsonObject group = Json.createObjectBuilder().add("name", name)
                .add("attributes", Json.createObjectBuilder().add("trustShortName", Json.createArrayBuilder().add(shortName))).build();
        return createdId(() -> admin("/groups").post(json(group)), "group " + name);
    }

    public void deleteGroup(String groupId) {
        expect(() -> admin("/groups/" + groupId).delete(), 204, 404);
    }

    public List<Account> membersOf(String groupId, int max) {
        return array(call(() -> admin("/groups/" + groupId + "/members?briefRepresentation=true&max=" + max).get(), 200))
                .getValuesAs(JsonObject.class).stream().map(KeycloakAccounts::account).toList();
    }

    /** Every member of the group, page after page. */
    public List<Account> everyMemberOf(String groupId) {
        List<Account> all = new java.util.ArrayList<>();
        int page = 100;
        for (int first = 0; ; first += page) {
            int from = first;
            List<Account> some = array(call(() -> admin("/groups/" + groupId + "/members?briefRepresentation=true&first=" + from
                    + "&max=" + page).get(), 200)).getValuesAs(JsonObject.class).stream().map(KeycloakAccounts::account).toList();
            all.addAll(some);
            if (some.size() < page) {
                return all;
            }
        }
    }

    /** The names of the top-level groups (trusts) the user is in. */
    public Set<String> groupsOf(String userId) {
        return array(call(() -> admin("/users/" + userId + "/groups?briefRepresentation=true").get(), 200)).getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("name")).collect(Collectors.toSet());
    }

    public void joinGroup(String userId, String groupId) {
        expect(() -> admin("/users/" + userId + "/groups/" + groupId).put(Entity.json("")), 204);
    }

    public void leaveGroup(String userId, String groupId) {
        expect(() -> admin("/users/" + userId + "/groups/" + groupId).delete(), 204);
    }

    // --- accounts ---

    public Optional<Account> user(String userId) {
        try (Response answer = send(() -> admin("/users/" + userId).get())) {
            if (answer.getStatus() == 404) {
                return Optional.empty();
            }
            String body = answer.readEntity(String.class);
            if (answer.getStatus() != 200) {
                throw new KeycloakRefusedException(answer.getStatus(), body);
            }
            return Optional.of(account(object(body)));
        }
    }

    public Optional<Account> userByUsername(String username) {
        return array(call(() -> admin("/users?exact=true&briefRepresentation=true&username=" + enc(username)).get(), 200))
                .getValuesAs(JsonObject.class).stream().map(KeycloakAccounts::account).findFirst();
    }

    public Optional<Account> userByEmail(String email) {
        return array(call(() -> admin("/users?exact=true&briefRepresentation=true&email=" + enc(email)).get(), 200))
                .getValuesAs(JsonObject.class).stream().map(KeycloakAccounts::account).findFirst();
    }

    /** An enabled account whose password is temporary: Keycloak asks for a new one at the first sign-in. */
    public String createUser(String username, String firstName, String lastName, String email, String temporaryPassword) {
        JsonObject user = Json.createObjectBuilder().add("username", username).add("email", email).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("enabled", true)
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", temporaryPassword).add("temporary", true))).build();
        return createdId(() -> admin("/users").post(json(user)), "account " + username);
    }

    public void deleteUser(String userId) {
        expect(() -> admin("/users/" + userId).delete(), 204, 404);
    }

    /** Ends every session of the user (their refresh tokens stop working). */
    public void signOut(String userId) {
        expect(() -> admin("/users/" + userId + "/logout").post(Entity.json("")), 204);
    }

    public void setEnabled(String userId, boolean enabled) {
        expect(() -> admin("/users/" + userId).put(json(Json.createObjectBuilder().add("enabled", enabled).build())), 204);
    }

    public Set<String> realmRolesOf(String userId) {
        return array(call(() -> admin("/users/" + userId + "/role-mappings/realm").get(), 200)).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).collect(Collectors.toSet());
    }

    /** Grants realm roles; the role representations come from the user's "available" list (no view-realm needed). */
    public void grantRealmRoles(String userId, Collection<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        JsonArray available = array(call(() -> admin("/users/" + userId + "/role-mappings/realm/available").get(), 200));
        JsonArray chosen = only(available, roles);
        expect(() -> admin("/users/" + userId + "/role-mappings/realm").post(json(chosen)), 204);
    }

    public void revokeRealmRoles(String userId, Collection<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        JsonArray held = array(call(() -> admin("/users/" + userId + "/role-mappings/realm").get(), 200));
        expect(() -> admin("/users/" + userId + "/role-mappings/realm").build("DELETE", json(only(held, roles))).invoke(), 204);
    }

    private static JsonArray only(JsonArray roles, Collection<String> names) {
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        roles.getValuesAs(JsonObject.class).stream().filter(r -> names.contains(r.getString("name"))).forEach(chosen::add);
        return chosen.build();
    }

    // --- plumbing ---

    private Invocation.Builder admin(String path) {
        return client().target(baseUrl() + "/admin/realms/" + realm + path).request(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + serviceToken());
    }

    private synchronized String serviceToken() {
        if (token == null || System.currentTimeMillis() > tokenExpiresAt) {
            Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId).param("client_secret", clientSecret);
            JsonObject answer = object(call(() -> client().target(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token")
                    .request(MediaType.APPLICATION_JSON).post(Entity.form(form)), 200));
            token = answer.getString("access_token");
            // renewed well before it expires, so no call starts with a token about to lapse
            tokenExpiresAt = System.currentTimeMillis() + Math.max(5, answer.getInt("expires_in", 60) - 30) * 1000L;
        }
        return token;
    }

    private Client client() {
        Client c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    long timeout = Long.parseLong(String.valueOf(timeoutMillis));
                    client = ClientBuilder.newBuilder().connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS).build();
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** Runs the call; Keycloak unreachable or timing out → {@link KeycloakUnavailableException}. */
    private static String call(Supplier<Response> request, int expected) {
        try (Response answer = send(request)) {
            String body = answer.hasEntity() ? answer.readEntity(String.class) : "";
            if (answer.getStatus() != expected) {
                throw new KeycloakRefusedException(answer.getStatus(), body);
            }
            return body;
        }
    }

    private static void expect(Supplier<Response> request, int... expected) {
        try (Response answer = send(request)) {
            for (int status : expected) {
                if (answer.getStatus() == status) {
                    return;
                }
            }
            throw new KeycloakRefusedException(answer.getStatus(), answer.hasEntity() ? answer.readEntity(String.class) : "");
        }
    }

    private static String createdId(Supplier<Response> request, String what) {
        try (Response answer = send(request)) {
            if (answer.getStatus() == 409) {
                throw new KeycloakRefusedException(409, what + " exists already");
            }
            if (answer.getStatus() != 201 || answer.getLocation() == null) {
                throw new KeycloakRefusedException(answer.getStatus(), answer.hasEntity() ? answer.readEntity(String.class) : "");
            }
            String path = answer.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private static Response send(Supplier<Response> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new KeycloakUnavailableException(e);
        }
    }

    private static Account account(JsonObject u) {
        return new Account(u.getString("id"), u.getString("username"), u.getString("firstName", null), u.getString("lastName", null),
                u.getString("email", null), u.getBoolean("enabled", true));
    }

    private static Entity<String> json(JsonValue value) {
        return Entity.entity(value.toString(), MediaType.APPLICATION_JSON);
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak answered, but not as asked (e.g. 403: the service account lacks a role; 409: exists already). */
    public static class KeycloakRefusedException extends RuntimeException {
        private final int status;

        public KeycloakRefusedException(int status, String body) {
            super("Keycloak answered " + status + (body == null || body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) : body)));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Keycloak could not be reached (refused connection, time-out). */
    public static class KeycloakUnavailableException extends RuntimeException {
        public KeycloakUnavailableException(Throwable cause) {
            super("Keycloak is not reachable", cause);
        }
    }

}
