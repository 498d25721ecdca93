package org.openepr.clinics.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.openepr.clinics.application.ClinicDay;
import org.openepr.clinics.application.ClinicListPrinter;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.web.CurrentUser;

/** {@code /clinics/list.pdf?clinic=<id>&date=YYYY-MM-DD}: the printable clinic list. */
@WebServlet("/clinics/list.pdf")
public class ClinicListPdfServlet extends HttpServlet {

    @Inject
    ClinicDay clinicDay;

    @Inject
    ClinicListPrinter printer;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID clinic;
        LocalDate day;
        try {
            clinic = UUID.fromString(request.getParameter("clinic"));
            day = LocalDate.parse(request.getParameter("date"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            response.sendError(404, "No such clinic list");
            return;
        }
        byte[] pdf;
        try {
            pdf = printer.render(clinicDay.list(clinic, day), user.getTrustName());
        } catch (RecordNotFoundException e) {
            response.sendError(404, "No such clinic");
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"clinic-list-" + day + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
