package org.openepr.platform.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.openepr.platform.trust.TrustContext;

/**
 * {@code /admin/export/download?job=<id>}: a finished export of the caller's own trust as one zip. The job is looked
 * up through the use case (trust admin only; another trust's job is not there), and the folder comes from the
 * caller's trust, so no URL reaches another trust's files.
 */
@WebServlet("/admin/export/download")
public class ExportDownloadServlet extends HttpServlet {

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFolder folder;

    @Inject
    TrustContext trustContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID jobId;
        try {
            jobId = UUID.fromString(String.valueOf(request.getParameter("job")));
        } catch (IllegalArgumentException e) {
            org.openepr.platform.web.Problems.send(request, response, 404, "No such export");
            return;
        }
        ExportJobs.Status status;
        try {
            status = jobs.download(jobId, "archive");
        } catch (org.openepr.platform.errors.ConflictException e) {
            org.openepr.platform.web.Problems.send(request, response, 409, e.getMessage());
            return;
        } catch (RuntimeException e) {
            if (org.openepr.platform.web.Problems.sentRefusal(request, response, e, "No such export")) {
                return;
            }
            throw e;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ExportArchive.fileName(status.job()) + "\"");
        ExportArchive.write(status, folder.of(trustContext.requireTrust(), jobId), response.getOutputStream());
    }
}
