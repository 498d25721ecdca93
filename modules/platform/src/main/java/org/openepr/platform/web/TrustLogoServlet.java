package org.openepr.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustLogos;

/**
 * {@code /trust-logo}: the logo of the trust the caller works in, as the edge bound it from the verified token. The URL
 * names no trust (its {@code v} is only the logo's SHA-256, so a new logo gets a new URL): nothing in the request can
 * reach another trust's logo. Cached by the caller's browser only ({@code private}); for a year when {@code v} is the
 * logo's own fingerprint, else revalidated. An SVG is sent with a policy that lets nothing in it run or load, should
 * anyone open it on its own.
 */
@WebServlet("/trust-logo")
public class TrustLogoServlet extends HttpServlet {

    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Inject
    TrustContext trustContext;

    @Inject
    TrustLogos logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LogoImage> logo;
        try {
            logo = trustContext.trust().isPresent() ? logos.current() : Optional.empty();
        } catch (AccessRefusedException e) {
            logo = Optional.empty(); // the operator, or a role with no page in the trust: no logo to show
        }
        if (logo.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(404);
            return;
        }
        LogoImage image = logo.get();
        boolean versioned = image.sha256().equals(request.getParameter("v"));
        response.setHeader("Cache-Control", versioned ? "private, max-age=31536000, immutable" : "private, no-cache");
        response.setHeader("Pragma", null);
        if (LogoImage.SVG.equals(image.mediaType())) {
            response.setHeader("Content-Security-Policy", SVG_POLICY);
        }
        response.setContentType(image.mediaType());
        response.setContentLength(image.bytes().length);
        response.getOutputStream().write(image.bytes());
    }
}
