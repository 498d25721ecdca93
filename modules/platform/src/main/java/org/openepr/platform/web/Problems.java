package org.openepr.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openepr.platform.identity.OdsCode;

/** Refusals a page shows in the application's own words (the error page otherwise says only "not allowed"). */
public final class Problems {

    /** Request attribute carrying a message the application wrote itself, safe to show; the error dispatch keeps it. */
    static final String MESSAGE = "epr.problem.message";
    /** The page's heading when the plain one ("Not allowed") would not say what happened. */
    static final String TITLE = "epr.problem.title";
    /** The trust whose header the page wears when the refusal came before the trust was bound (a suspended trust). */
    static final String TRUST = "epr.problem.trust";

    private Problems() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        request.setAttribute(MESSAGE, message);
        response.sendError(status);
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String title, String message,
            OdsCode trust) throws IOException {
        request.setAttribute(TITLE, title);
        request.setAttribute(TRUST, trust);
        send(request, response, status, message);
    }

    static String messageOf(HttpServletRequest request) {
        Object own = request.getAttribute(MESSAGE);
        return own == null ? null : own.toString();
    }
}
