package org.openepr.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer: never framed by another site (clickjacking), no content sniffing, no referrer leaving
 * the service, and nothing with patient data kept by the browser or a proxy (no-store), so Back after signing out
 * shows nothing. Only static resources (styles, scripts, images) may be cached. Faces pages also carry PrimeFaces'
 * script-src policy with a per-request nonce (primefaces.CSP in web.xml).
 */
@WebFilter(filterName = "ResponseHeadersFilter", urlPatterns = "/*")
public class ResponseHeadersFilter extends HttpFilter {

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getServletPath();
        boolean staticResource = path.startsWith("/jakarta.faces.resource") || path.startsWith("/resources/");
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
