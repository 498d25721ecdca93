package org.openepr.clinics.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openepr.clinics.application.ReferrerLetters;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.Failures;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.print.PrintedDocument;
import org.openepr.platform.trust.NoTrustBoundException;
import org.openepr.platform.web.CurrentUser;
import org.openepr.platform.web.Problems;

/** {@code /clinics/dna-letter.pdf?booking=<id>}: the letter to the referrer after a DNA and discharge. */
@WebServlet("/clinics/dna-letter.pdf")
public class ReferrerLetterServlet extends HttpServlet {

    @Inject
    ReferrerLetters letters;

    @Inject
    ReferrerLetters.Printer printer;

    @Inject
    CurrentUser user;

    @Inject
    ServiceClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            var booking = letters.dnaDischarge(Ids.of("letter", request.getParameter("booking")));
            pdf = printer.dnaDischarge(booking, new PrintedDocument.Printed(user.getTrustName(), user.getName(), clock.instant()));
        } catch (RuntimeException e) {
            Throwable meaning = Failures.meaningful(e);
            if (meaning instanceof RecordNotFoundException || meaning instanceof InvalidInputException) {
                Problems.send(request, response, 404, "No such letter");
                return;
            }
            if (meaning instanceof AccessRefusedException || meaning instanceof NoTrustBoundException) {
                Problems.send(request, response, 403, meaning.getMessage());
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"did-not-attend-letter.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
