package org.openepr.it.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens from the real Keycloak, by password grant through the demo realm's epr-cli client. */
public final class Tokens {

    private record Issued(String token, long at) {
    }

    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user (password "demo"), reused for five minutes (they live ten). */
    public static String of(String username) {
        return CACHE.compute(username, (u, old) -> old != null && System.currentTimeMillis() - old.at() < 300_000 ? old
                : new Issued(fresh("epr", "epr-cli", u, Env.DEMO_PASSWORD), System.currentTimeMillis())).token();
    }

    /** The token's exp claim (read without checking: this is the test's own token). */
    public static java.time.Instant expiry(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return java.time.Instant.ofEpochSecond(jakarta.json.Json.createReader(new java.io.StringReader(payload)).readObject()
                .getJsonNumber("exp").longValue());
    }

    public static String fresh(String realm, String client, String username, String password) {
        var answer = Http.postForm(Env.KEYCLOAK_URL + "/realms/" + realm + "/protocol/openid-connect/token",
                Map.of("client_id", client, "grant_type", "password", "username", username, "password", password), null);
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer);
        }
        return answer.json().getString("access_token");
    }
}
