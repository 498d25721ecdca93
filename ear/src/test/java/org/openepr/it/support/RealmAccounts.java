package org.openepr.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the demo realm holds, read by the test as Keycloak's own admin (not through the application's service account):
 * the independent check of what onboarding and the trust admin's user management made.
 */
public final class RealmAccounts {

    private static final String REALM = Env.KEYCLOAK_URL + "/admin/realms/epr";

    private RealmAccounts() {
    }

    private static String admin() {
        return Tokens.fresh("master", "admin-cli", "admin", "admin");
    }

    public static Optional<JsonObject> group(String name) {
        JsonArray found = array(Http.get(REALM + "/groups?exact=true&search=" + enc(name), admin(), "application/json").body());
        return found.getValuesAs(JsonObject.class).stream().filter(g -> name.equals(g.getString("name"))).findFirst();
    }

    /** A trust's group in the demo realm (as onboarding makes it), if it is not there yet. */
    public static void ensureGroup(String name) {
        if (group(name).isEmpty()) {
            var created = Http.sendJson("POST", REALM + "/groups", admin(), "{\"name\":\"" + name + "\"}");
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create the group " + name + ": " + created);
            }
        }
    }

    public static Optional<JsonObject> userByUsername(String username) {
        return array(Http.get(REALM + "/users?exact=true&username=" + enc(username), admin(), "application/json").body())
                .getValuesAs(JsonObject.class).stream().findFirst();
    }

    public static Set<String> realmRoles(String userId) {
        return array(Http.get(REALM + "/users/" + userId + "/role-mappings/realm", admin(), "application/json").body())
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).collect(Collectors.toSet());
    }

    public static Set<String> groups(String userId) {
        return array(Http.get(REALM + "/users/" + userId + "/groups", admin(), "application/json").body())
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("name")).collect(Collectors.toSet());
    }

    /** Gives the user a known, permanent password and clears their required actions (a test's own sign-in). */
    public static void setPassword(String userId, String password) {
        String admin = admin();
        var reset = Http.sendJson("PUT", REALM + "/users/" + userId + "/reset-password", admin,
                "{\"type\":\"password\",\"value\":\"" + password + "\",\"temporary\":false}");
        if (reset.status() != 204) {
            throw new IllegalStateException("Could not set a password: " + reset);
        }
        var cleared = Http.sendJson("PUT", REALM + "/users/" + userId, admin, "{\"requiredActions\":[]}");
        if (cleared.status() != 204) {
            throw new IllegalStateException("Could not clear required actions: " + cleared);
        }
    }

    /** A new enabled account (password "demo") in these trusts' groups with these realm roles; its id. */
    public static String createUser(String username, java.util.List<String> trusts, java.util.List<String> roles) {
        String admin = admin();
        String groups = trusts.stream().map(t -> "\"/" + t + "\"").collect(Collectors.joining(","));
        var created = Http.sendJson("POST", REALM + "/users", admin, """
                {"username":"%s","enabled":true,"emailVerified":true,"firstName":"Lou","lastName":"Locum","email":"%s@it.openepr.invalid",
                 "groups":[%s],"credentials":[{"type":"password","value":"demo","temporary":false}]}
                """.formatted(username, username, groups));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + created);
        }
        String id = userByUsername(username).orElseThrow().getString("id");
        StringBuilder mappings = new StringBuilder("[");
        for (String role : roles) {
            mappings.append(mappings.length() > 1 ? "," : "").append(Http.get(REALM + "/roles/" + role, admin, "application/json").body());
        }
        var granted = Http.sendJson("POST", REALM + "/users/" + id + "/role-mappings/realm", admin, mappings.append("]").toString());
        if (granted.status() != 204) {
            throw new IllegalStateException("Could not grant roles to " + username + ": " + granted);
        }
        return id;
    }

    /** The token's claims (read without checking: this is the test's own token). */
    public static JsonObject claims(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
