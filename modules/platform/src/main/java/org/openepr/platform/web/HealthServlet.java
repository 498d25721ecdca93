package org.openepr.platform.web;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.openepr.platform.persistence.ServiceClock;
import javax.sql.DataSource;

/**
 * {@code /health}: up when the application has started and reaches its database, and the service's time (tests
 * on a test server whose clock was moved read "now" from here). Public; carries no data.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "jdbc/epr")
    DataSource dataSource;

    @Inject
    ServiceClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database;
        try (Connection c = dataSource.getConnection()) {
            database = c.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        response.setStatus(database ? 200 : 503);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":\"" + (database ? "UP" : "DOWN") + "\",\"database\":\"" + (database ? "UP" : "DOWN")
                + "\",\"time\":\"" + clock.instant() + "\"}");
    }
}
