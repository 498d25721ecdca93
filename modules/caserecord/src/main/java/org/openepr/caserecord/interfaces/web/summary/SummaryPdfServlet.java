package org.openepr.caserecord.interfaces.web.summary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.summary.OpenSummary;
import org.openepr.caserecord.application.summary.SummaryPrinter;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.summary.SummaryParts;
import org.openepr.platform.summary.SummarySection;
import org.openepr.platform.web.CurrentUser;
import org.openepr.platform.web.Problems;

/**
 * {@code /caserecord/summary.pdf?patient=<id>}: the printable case record summary, made of the sections the modules
 * contribute ({@link SummarySection}) that the caller may see. A section that fails is printed as missing, with the
 * reference of its logged error; the rest print. Never cached (no-store, from the platform's response headers).
 */
@WebServlet("/caserecord/summary.pdf")
public class SummaryPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenSummary openSummary;

    @Inject
    SummaryParts parts;

    @Inject
    SummaryPrinter printer;

    @Inject
    CurrentUser user;

    @Inject
    ServiceClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenSummary.Opened opened;
        UUID patientId;
        try {
            patientId = Ids.of("patient", request.getParameter("patient"));
            opened = openSummary.print(patientId);
        } catch (RuntimeException e) {
            if (Problems.sentRefusal(request, response, e, "No such patient")) {
                return;
            }
            throw e;
        }
        List<SummaryPrinter.Part> printed = new ArrayList<>();
        for (SummarySection section : parts.sections()) {
            try {
                printed.add(new SummaryPrinter.Part(section.print(patientId), null));
            } catch (RuntimeException e) {
                printed.add(new SummaryPrinter.Part(null, new SummaryPrinter.Missing(section.title(), FailedPart.logged(section.title(), patientId, e))));
            }
        }
        byte[] pdf = printer.render(opened, printed, new PrintedDocument.Printed(user.getTrustName(), user.getName(), clock.instant()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"case-record-summary.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
