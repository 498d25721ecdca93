package org.openepr.discharge.interfaces.web.summary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.openepr.discharge.application.summary.PrintSummary;
import org.openepr.discharge.domain.summary.SummaryDocuments;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.web.CurrentUser;
import org.openepr.platform.web.Problems;

/**
 * {@code /discharge/summary.pdf?summary=<id>&version=<n>}: a signed version as signed, or ({@code version=0}) the draft
 * as it stands, marked DRAFT. Never cached (no-store, from the platform's response headers).
 */
@WebServlet("/discharge/summary.pdf")
public class SummaryPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PrintSummary printing;

    @Inject
    PrintSummary.Printer printer;

    @Inject
    CurrentUser user;

    @Inject
    ServiceClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SummaryDocuments.Facts facts;
        try {
            UUID summary = Ids.of("summary", request.getParameter("summary"));
            String version = request.getParameter("version");
            if (version == null || !version.matches("\\d{1,9}")) {
                throw new RecordNotFoundException("version");
            }
            facts = printing.facts(summary, Integer.parseInt(version));
        } catch (RuntimeException e) {
            if (Problems.sentRefusal(request, response, e, "No such discharge summary")) {
                return;
            }
            throw e;
        }
        byte[] pdf = printer.render(facts, user.getName(), clock.instant());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"discharge-summary.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
