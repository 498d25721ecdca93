package org.openepr.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openepr.platform.fhir.OperationOutcomes;

/**
 * Error page for refusals made by the server before the application runs (no token, expired token,
 * a token from another issuer, a role not allowed): API callers get an OperationOutcome, browsers a page.
 */
@WebServlet("/problem")
public class ProblemServlet extends HttpServlet {

    @Inject
    OperationOutcomes outcomes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 403;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/fhir");
        String message = status == 401
                ? "Sign-in required: send a valid, unexpired bearer token issued by this service's sign-in server"
                : "You are not allowed to do this";
        if (!response.isCommitted()) {
            response.resetBuffer(); // drop the server's own error text; keep its WWW-Authenticate header
        }
        if (api) {
            outcomes.write(response, status, status == 401 ? "login" : "forbidden", message);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>" + (status == 401 ? "Sign in required" : "Not allowed")
                + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/resources/css/epr.css\"/></head><body class=\"plain\">"
                + "<main><h1>" + (status == 401 ? "Sign in required" : "Not allowed") + "</h1><p>" + message + ".</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">Home</a></p></main></body></html>");
    }
}
