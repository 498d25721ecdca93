package org.openepr.it.support;

/**
 * Test fixtures that live in Keycloak: a second realm (a token from it must be refused) and a
 * short-lived client (its tokens expire quickly). Created idempotently through the admin REST API.
 */
public final class KeycloakAdmin {

    public static final String FOREIGN_REALM = "elsewhere";
    public static final String SHORT_CLIENT = "epr-it-short-lived";

    private KeycloakAdmin() {
    }

    static String adminToken() {
        return Tokens.fresh("master", "admin-cli", "admin", "admin");
    }

    /** A realm that is not ours, with a user who looks like one of ours (same name, same trust claim). */
    public static String foreignRealmToken() {
        String admin = adminToken();
        if (Http.get(Env.KEYCLOAK_URL + "/admin/realms/" + FOREIGN_REALM, admin, "application/json").status() == 404) {
            String realm = """
                    {"realm":"%s","enabled":true,"sslRequired":"none",
                     "clients":[{"clientId":"epr-cli","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                       "protocolMappers":[{"name":"trusts","protocol":"openid-connect","protocolMapper":"oidc-hardcoded-claim-mapper",
                         "config":{"claim.name":"trusts","claim.value":"RAT","jsonType.label":"String","access.token.claim":"true"}},
                         {"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                         "config":{"included.custom.audience":"epr-api","access.token.claim":"true"}}]}],
                     "roles":{"realm":[{"name":"clinician"}]},
                     "users":[{"username":"rat.clinician","enabled":true,"emailVerified":true,"firstName":"Fake","lastName":"Clinician",
                       "email":"fake@elsewhere.invalid","credentials":[{"type":"password","value":"demo","temporary":false}],
                       "realmRoles":["clinician"]}]}
                    """.formatted(FOREIGN_REALM);
            var created = Http.sendJson("POST", Env.KEYCLOAK_URL + "/admin/realms", admin, realm);
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create the foreign realm: " + created);
            }
        }
        return Tokens.fresh(FOREIGN_REALM, "epr-cli", "rat.clinician", "demo");
    }

    /** A token for rat.clinician that expires one second after it is issued. */
    public static String shortLivedToken() {
        String admin = adminToken();
        var existing = Http.get(Env.KEYCLOAK_URL + "/admin/realms/epr/clients?clientId=" + SHORT_CLIENT, admin, "application/json");
        if (existing.body().equals("[]")) {
            String client = """
                    {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                     "attributes":{"access.token.lifespan":"1"},
                     "protocolMappers":[
                       {"name":"trusts","protocol":"openid-connect","protocolMapper":"oidc-group-membership-mapper",
                        "config":{"claim.name":"trusts","full.path":"false","access.token.claim":"true"}},
                       {"name":"groups","protocol":"openid-connect","protocolMapper":"oidc-usermodel-realm-role-mapper",
                        "config":{"claim.name":"groups","multivalued":"true","jsonType.label":"String","access.token.claim":"true"}},
                       {"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                        "config":{"included.custom.audience":"epr-api","access.token.claim":"true"}}]}
                    """.formatted(SHORT_CLIENT);
            var created = Http.sendJson("POST", Env.KEYCLOAK_URL + "/admin/realms/epr/clients", admin, client);
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create the short-lived client: " + created);
            }
        }
        return Tokens.fresh("epr", SHORT_CLIENT, "rat.clinician", Env.DEMO_PASSWORD);
    }

    /**
     * A user of the demo realm in one trust's group with the given realm roles (password "demo"), created if missing
     * (the realm file has no user with both roles), and a token for them.
     */
    public static String tokenOfUserWithRoles(String username, String trust, String... roles) {
        String admin = adminToken();
        String realm = Env.KEYCLOAK_URL + "/admin/realms/epr";
        String found = Http.get(realm + "/users?exact=true&username=" + username, admin, "application/json").body();
        if (array(found).isEmpty()) {
            String user = """
                    {"username":"%s","enabled":true,"emailVerified":true,"firstName":"Test","lastName":"Pharmacist Prescriber",
                     "email":"%s@it.openepr.invalid","groups":["/%s"],
                     "credentials":[{"type":"password","value":"%s","temporary":false}]}
                    """.formatted(username, username, trust, Env.DEMO_PASSWORD);
            var created = Http.sendJson("POST", realm + "/users", admin, user);
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create " + username + ": " + created);
            }
            found = Http.get(realm + "/users?exact=true&username=" + username, admin, "application/json").body();
        }
        String id = array(found).getJsonObject(0).getString("id");
        StringBuilder mappings = new StringBuilder("[");
        for (String role : roles) {
            var r = Http.get(realm + "/roles/" + role, admin, "application/json");
            if (r.status() != 200) {
                throw new IllegalStateException("No realm role " + role + ": " + r);
            }
            mappings.append(mappings.length() > 1 ? "," : "").append(r.body());
        }
        var granted = Http.sendJson("POST", realm + "/users/" + id + "/role-mappings/realm", admin, mappings.append("]").toString());
        if (granted.status() != 204) {
            throw new IllegalStateException("Could not grant " + String.join(", ", roles) + " to " + username + ": " + granted);
        }
        return Tokens.fresh("epr", "epr-cli", username, Env.DEMO_PASSWORD);
    }

    private static jakarta.json.JsonArray array(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray();
    }
}
