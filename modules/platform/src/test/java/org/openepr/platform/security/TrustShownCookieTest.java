package org.openepr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openepr.platform.identity.OdsCode;

class TrustShownCookieTest {

    private final TrustShownCookie cookies = new TrustShownCookie();

    @Test
    void theTrustTheEdgeShowedIsReadBack() {
        Cookie issued = issue(cookies, OdsCode.of("RAT"));
        assertEquals(Optional.of(OdsCode.of("RAT")), cookies.shown(browserWith(issued.getValue())));
        assertTrue(issued.isHttpOnly(), "no script reads it");
    }

    @Test
    void aBrowserCannotNameAnotherTrust() {
        String rat = issue(cookies, OdsCode.of("RAT")).getValue();
        String signature = rat.substring(rat.indexOf('.') + 1);
        assertEquals(Optional.empty(), cookies.shown(browserWith("RKL." + signature)), "another trust with RAT's signature");
        assertEquals(Optional.empty(), cookies.shown(browserWith("RKL")), "unsigned");
        assertEquals(Optional.empty(), cookies.shown(browserWith("RKL.")), "empty signature");
        assertEquals(Optional.empty(), cookies.shown(browserWith(null)), "no cookie");
    }

    @Test
    void anotherServersCookieIsNotTrusted() {
        String fromElsewhere = issue(new TrustShownCookie(), OdsCode.of("RAT")).getValue();
        assertEquals(Optional.empty(), cookies.shown(browserWith(fromElsewhere)), "signed with another key (or before a restart)");
    }

    private static Cookie issue(TrustShownCookie cookies, OdsCode trust) {
        List<Cookie> added = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(TrustShownCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("addCookie")) {
                        added.add((Cookie) a[0]);
                    }
                    return null;
                });
        cookies.remember(browserWith(null), response, trust);
        assertEquals(1, added.size());
        return added.get(0);
    }

    private static HttpServletRequest browserWith(String value) {
        return (HttpServletRequest) Proxy.newProxyInstance(TrustShownCookieTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getCookies" -> value == null ? null : new Cookie[] {new Cookie(TrustShownCookie.NAME, value)};
                    case "getContextPath" -> "";
                    case "isSecure" -> false;
                    default -> null;
                });
    }
}
