package org.openepr.platform.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.openepr.platform.identity.InvalidIdentifierException;
import org.openepr.platform.identity.OdsCode;

/**
 * The claims of a token the container has verified for this request, and nothing else: the bearer
 * access token of an API call (MicroProfile JWT checked its signature, issuer, audience and expiry and made
 * it the request's principal), or the ID token of a browser sign-in (Liberty's OpenID Connect client).
 * A request the container gave no verified token has no claims at all: headers are never read here.
 */
final class VerifiedToken {

    /** Claim set by the Keycloak realm: the ODS codes of the trusts the user works for. */
    static final String TRUSTS_CLAIM = "trusts";

    private static final Pattern BRACKETS = Pattern.compile("^\\[?\"?|\"?]?$");

    private final Function<String, Object> claims;

    private VerifiedToken(Function<String, Object> claims) {
        this.claims = claims;
    }

    static Optional<VerifiedToken> of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            return Optional.of(new VerifiedToken(jwt::getClaim));
        }
        if (principal != null) {
            IdToken idToken = PropagationHelper.getIdToken();
            if (idToken != null && idToken.getAllClaims() != null) {
                Map<String, Object> all = idToken.getAllClaims();
                return Optional.of(new VerifiedToken(all::get));
            }
        }
        return Optional.empty();
    }

    /** For unit tests of claim reading. */
    static VerifiedToken fromClaims(Map<String, Object> claims) {
        return new VerifiedToken(claims::get);
    }

    /** The trusts named in the token; malformed entries are ignored rather than trusted. */
    Set<OdsCode> trusts() {
        Set<OdsCode> trusts = new LinkedHashSet<>();
        for (String v : strings(claims.apply(TRUSTS_CLAIM))) {
            try {
                trusts.add(OdsCode.of(v));
            } catch (InvalidIdentifierException ignored) {
                // a claim we cannot read is no trust at all
            }
        }
        return trusts;
    }

    /**
     * The roles the container granted: the token's groups claim, which Liberty maps to roles one to one (no binding
     * renames them). Read from the token once instead of asking the container role by role on every request.
     */
    Set<String> roles() {
        return new LinkedHashSet<>(strings(claims.apply("groups")));
    }

    String displayName() {
        String name = string(claims.apply("name"));
        String username = string(claims.apply("preferred_username"));
        return name != null ? name : username != null ? username : "";
    }

    private static String string(Object value) {
        List<String> all = strings(value);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Claim values as they come from either container API: JSON values, collections, arrays or plain strings. */
    private static List<String> strings(Object value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            return array.stream().flatMap(v -> strings(v).stream()).toList();
        }
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().flatMap(v -> strings(v).stream()).toList();
        }
        if (value instanceof Object[] a) {
            return Arrays.stream(a).flatMap(v -> strings(v).stream()).toList();
        }
        String text = String.valueOf(value);
        // Liberty's ID token may hand a one-element array claim over as its JSON text
        return List.of(text.startsWith("[") || text.startsWith("\"") ? BRACKETS.matcher(text).replaceAll("") : text);
    }
}
