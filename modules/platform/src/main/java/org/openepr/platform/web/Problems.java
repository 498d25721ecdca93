package org.openepr.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.NoTrustBoundException;

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

    /**
     * A refusal met before a page or a download is written (a servlet's use case said the record is not there, or the
     * caller may not have it): sends the error page and returns true; anything else is the caller's to rethrow.
     */
    public static boolean sentRefusal(HttpServletRequest request, HttpServletResponse response, RuntimeException thrown, String notFound)
            throws IOException {
        Throwable meaning = Failures.meaningful(thrown);
        if (meaning instanceof RecordNotFoundException) {
            send(request, response, 404, notFound);
            return true;
        }
        if (meaning instanceof AccessRefusedException || meaning instanceof NoTrustBoundException) {
            send(request, response, 403, meaning.getMessage());
            return true;
        }
        return false;
    }

    static String messageOf(HttpServletRequest request) {
        Object own = request.getAttribute(MESSAGE);
        return own == null ? null : own.toString();
    }
}
