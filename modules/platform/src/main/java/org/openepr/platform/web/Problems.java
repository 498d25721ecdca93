package org.openepr.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refusals a page shows in the application's own words (the error page otherwise says only "not allowed"). */
public final class Problems {

    /** Request attribute carrying a message the application wrote itself, safe to show; the error dispatch keeps it. */
    static final String MESSAGE = "epr.problem.message";

    private Problems() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        request.setAttribute(MESSAGE, message);
        response.sendError(status);
    }

    static String messageOf(HttpServletRequest request) {
        Object own = request.getAttribute(MESSAGE);
        return own == null ? null : own.toString();
    }
}
