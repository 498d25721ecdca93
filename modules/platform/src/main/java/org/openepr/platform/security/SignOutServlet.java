package org.openepr.platform.security;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.annotation.Resource;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs out of both: ends the Liberty session and single sign-on cookie, then sends the browser to
 * Keycloak's end-session endpoint so the next visit asks for a password again.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Resource(lookup = "epr/oidcLogoutUrl")
    String logoutUrl;

    @jakarta.inject.Inject
    TrustShownCookie trustShown;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String idTokenHint = rawIdToken();
        request.logout();
        trustShown.forget(request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
        String back = URLEncoder.encode(base + "/signed-out.html", StandardCharsets.UTF_8);
        String target = logoutUrl + "?post_logout_redirect_uri=" + back + "&client_id=epr-web"
                + (idTokenHint == null ? "" : "&id_token_hint=" + URLEncoder.encode(idTokenHint, StandardCharsets.UTF_8));
        response.sendRedirect(target);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response);
    }

    private static String rawIdToken() {
        try {
            IdToken token = PropagationHelper.getIdToken();
            // Called reflectively: its checked exception lives in a Liberty API jar not published to Maven Central.
            return token == null ? null : (String) IdToken.class.getMethod("getRawIdToken").invoke(token);
        } catch (Exception e) {
            return null;
        }
    }
}
