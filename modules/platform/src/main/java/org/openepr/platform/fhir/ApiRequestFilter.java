package org.openepr.platform.fhir;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Every API request's query string is checked before anything parses it ({@link QueryCheck}). */
@WebFilter(filterName = "ApiRequestFilter", urlPatterns = "/fhir/*")
public class ApiRequestFilter extends HttpFilter {

    @Inject
    OperationOutcomes outcomes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var problem = QueryCheck.problemIn(request.getQueryString());
        if (problem.isPresent()) {
            outcomes.writeInvalid(response, List.of(problem.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
