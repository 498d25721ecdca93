package org.openepr.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.fhir.OperationOutcomes;

/**
 * Error page for refusals made by the server before the application runs (no token, expired token,
 * a token from another issuer, a role not allowed): API callers get an OperationOutcome, browsers a page.
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProblemServlet.class.getName());

    private static String title(int status) {
        return status == 401 ? "Sign in required" : status >= 500 ? "Something went wrong" : status == 404 ? "Not found"
                : status == 400 ? "Not understood" : status == 405 ? "Not supported" : "Not allowed";
    }

    @Inject
    OperationOutcomes outcomes;

    @Inject
    ErrorPageFrame frame;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : exception != null ? 500 : 403;
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request to " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed",
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/fhir");
        response.setHeader("Cache-Control", "no-store");
        String own = Problems.messageOf(request);
        String message = own != null ? own : status == 401
                ? "Sign-in required: send a valid, unexpired bearer token issued by this service's sign-in server"
                : status >= 500 ? "Something went wrong and the action was not completed; nothing was half-saved. The error has been logged"
                : status == 404 ? "There is no such page"
                : status == 400 ? "The request was not understood: check the address and what was sent"
                : status == 405 ? "This method is not supported here"
                : "You are not allowed to do this";
        if (!response.isCommitted()) {
            response.resetBuffer(); // drop the server's own error text; keep its WWW-Authenticate header
        }
        if (api) {
            outcomes.write(response, status, status == 401 ? "login" : status >= 500 ? "exception" : status == 404 ? "not-found"
                    : status == 400 ? "invalid" : status == 405 ? "not-supported" : "forbidden", message);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        Object ownTitle = request.getAttribute(Problems.TITLE);
        response.getWriter().write(frame.render(request, ownTitle != null ? ownTitle.toString() : title(status), message));
    }
}
