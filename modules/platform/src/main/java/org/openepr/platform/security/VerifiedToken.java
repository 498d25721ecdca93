package org.openepr.platform.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.openepr.platform.identity.InvalidIdentifierException;
import org.openepr.platform.identity.OdsCode;

/**
 * The claims of the token Liberty has already verified for this request: the ID token of a browser
 * sign-in, or the bearer access token of an API call (signature, issuer, audience and expiry are
 * checked by Liberty's OpenID Connect client before the request reaches the application).
 */
public final class VerifiedToken {

    /** Claim set by the Keycloak realm: the ODS codes of the trusts the user works for. */
    public static final String TRUSTS_CLAIM = "trusts";

    private final Map<String, Object> claims;

    private VerifiedToken(Map<String, Object> claims) {
        this.claims = claims;
    }

    public static VerifiedToken of(HttpServletRequest request) {
        IdToken idToken = PropagationHelper.getIdToken();
        if (idToken != null && idToken.getAllClaims() != null) {
            return new VerifiedToken(idToken.getAllClaims());
        }
        String accessToken = PropagationHelper.getAccessToken();
        if (accessToken == null) {
            String header = request.getHeader("Authorization");
            // Only reached after Liberty authenticated this very bearer token (inbound propagation "required").
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                accessToken = header.substring(7).strip();
            }
        }
        return new VerifiedToken(accessToken == null ? Map.of() : payload(accessToken));
    }

    static VerifiedToken fromClaims(Map<String, Object> claims) {
        return new VerifiedToken(claims);
    }

    private static Map<String, Object> payload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Map.of();
        }
        String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        Map<String, Object> claims = new java.util.HashMap<>();
        object.forEach((name, value) -> claims.put(name, plain(value)));
        return claims;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> ((JsonArray) value).stream().map(VerifiedToken::plain).toList();
            case NUMBER, TRUE, FALSE, OBJECT -> value.toString();
            case NULL -> null;
        };
    }

    /** The trusts named in the token; malformed entries are ignored rather than trusted. */
    public Set<OdsCode> trusts() {
        Object value = claims.get(TRUSTS_CLAIM);
        Set<OdsCode> trusts = new LinkedHashSet<>();
        Collection<?> values = value instanceof Collection<?> c ? c
                : value instanceof Object[] a ? java.util.Arrays.asList(a)
                : value == null ? java.util.List.of() : java.util.List.of(value);
        for (Object v : values) {
            try {
                trusts.add(OdsCode.of(String.valueOf(v).replaceAll("^\\[?\"?|\"?]?$", "")));
            } catch (InvalidIdentifierException ignored) {
                // a claim we cannot read is no trust at all
            }
        }
        return trusts;
    }

    public String displayName() {
        Object name = claims.get("name");
        Object username = claims.get("preferred_username");
        return name != null ? name.toString() : username != null ? username.toString() : "";
    }

    public String username() {
        Object username = claims.get("preferred_username");
        return username == null ? null : username.toString();
    }
}
