package org.openepr.platform.offboarding;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.web.Problems;

/**
 * {@code /operator/erasure-certificate?trust=<ODS>&format=pdf|json}: a finished erasure's certificate for the hosting
 * operator (web.xml keeps /operator/* to that role; the use case checks it again and audits the download).
 */
@WebServlet("/operator/erasure-certificate")
public class ErasureCertificateServlet extends HttpServlet {

    @Inject
    TrustOffboarding offboarding;

    @Inject
    TrustContext context;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OdsCode trust;
        String format = request.getParameter("format") == null ? "pdf" : request.getParameter("format");
        try {
            trust = OdsCode.of(String.valueOf(request.getParameter("trust")));
        } catch (IllegalArgumentException e) {
            Problems.send(request, response, 404, "No such erasure");
            return;
        }
        if (!format.equals("pdf") && !format.equals("json")) {
            Problems.send(request, response, 404, "The certificate comes as pdf or json");
            return;
        }
        TrustOffboarding.Certificate certificate;
        try {
            certificate = offboarding.certificateOf(trust, format);
        } catch (ConflictException e) {
            Problems.send(request, response, 409, e.getMessage());
            return;
        } catch (RuntimeException e) {
            if (Problems.sentRefusal(request, response, e, "No erasure of " + trust)) {
                return;
            }
            throw e;
        }
        String file = "erasure-certificate-" + trust + "." + format;
        byte[] body = format.equals("pdf")
                ? ErasureCertificatePdf.render(certificate.erasure(), certificate.trustName(), context.caller().displayName(), clock.instant())
                : certificate.erasure().certificateJson().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(format.equals("pdf") ? "application/pdf" : "application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
