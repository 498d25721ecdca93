package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.importing.ImportArchive;
import org.openepr.platform.importing.ImportFile;
import org.openepr.platform.importing.ImportJob;
import org.openepr.platform.importing.ImportJobs;
import org.openepr.platform.importing.ImportRequests;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The trust admin loads an export archive into this (empty) trust: upload, then watch the progress (the page polls
 * while it runs). The page shows counts per resource type and never a record.
 */
@Named
@ViewScoped
@UserAction
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRequests requests;

    private transient Part archive;
    private List<ImportJob> latest = List.of();
    private ImportJobs.Status shown;

    public void load() {
        latest = jobs.latest(10);
        shown = latest.isEmpty() ? null : jobs.status(latest.get(0).id());
    }

    public void upload() throws IOException {
        if (archive == null || archive.getSize() == 0) {
            throw new InvalidInputException(ImportArchive.FIELD, "Choose the export archive (a zip) to import");
        }
        try (InputStream in = archive.getInputStream()) {
            requests.request(in);
        }
        FacesProblems.notice("The archive passed its checks and is loading: it runs in the background, and you may leave this page");
        load();
    }

    public void refresh() {
        load();
    }

    public boolean isRunning() {
        return shown != null && !shown.job().state().isFinished();
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }

    public ImportJob getJob() {
        return shown == null ? null : shown.job();
    }

    public List<ImportFile> getFiles() {
        return shown == null ? List.of() : shown.files();
    }
}
