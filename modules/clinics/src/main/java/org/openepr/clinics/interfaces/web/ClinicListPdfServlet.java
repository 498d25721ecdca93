package org.openepr.clinics.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicListPrinter;
import org.openepr.clinics.domain.SessionPattern;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.trust.NoTrustBoundException;
import org.openepr.platform.web.CurrentUser;
import org.openepr.platform.web.Problems;

/** {@code /clinics/list.pdf?clinic=<id>&date=YYYY-MM-DD}: the printable clinic list. Never cached (no-store). */
@WebServlet("/clinics/list.pdf")
public class ClinicListPdfServlet extends HttpServlet {

    @Inject
    ClinicDay clinicDay;

    @Inject
    ClinicListPrinter printer;

    @Inject
    CurrentUser user;

    @Inject
    ServiceClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        LocalDate day;
        try {
            UUID clinic = Ids.of("clinic list", request.getParameter("clinic"));
            day = SessionPattern.date("date", request.getParameter("date"), true);
            pdf = printer.render(clinicDay.list(clinic, day), new PrintedDocument.Printed(user.getTrustName(), user.getName(), clock.instant()));
        } catch (RuntimeException e) {
            Throwable meaning = Failures.meaningful(e);
            if (meaning instanceof RecordNotFoundException || meaning instanceof IllegalArgumentException) {
                Problems.send(request, response, 404, "No such clinic list");
                return;
            }
            if (meaning instanceof AccessRefusedException || meaning instanceof NoTrustBoundException) {
                Problems.send(request, response, 403, meaning.getMessage());
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"clinic-list-" + day + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
