package org.openepr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openepr.platform.identity.OdsCode;

/**
 * Which trust's header a browser was last shown, for the one page the edge never sees: the server's own refusal of a
 * role (web.xml), which it dispatches anonymously, without the caller's token or session. The edge writes the trust
 * it resolved from the verified token, signed with a key that lives only in this server's memory (a restart makes
 * old cookies unreadable: the error page then has the product's header), so a browser cannot choose another trust.
 * It names a trust for a header only: no record is read or written on its word.
 */
@ApplicationScoped
public class TrustShownCookie {

    static final String NAME = "epr-trust-shown";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public TrustShownCookie() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** After the edge bound {@code trust} for a page: the cookie, unless the browser already holds it. */
    void remember(HttpServletRequest request, HttpServletResponse response, OdsCode trust) {
        String value = trust.value() + "." + signature(trust.value());
        if (!value.equals(current(request))) {
            response.addCookie(cookie(request, value, -1));
        }
    }

    /** The trust the browser was last shown, if its cookie is one this server signed. */
    public Optional<OdsCode> shown(HttpServletRequest request) {
        String value = current(request);
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String code = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(code).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OdsCode.of(code));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** At sign-out. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie c = new Cookie(NAME, value);
        c.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        c.setHttpOnly(true);
        c.setSecure(request.isSecure());
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    private static String current(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (NAME.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private String signature(String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
