package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.platform.export.ExportFile;
import org.openepr.platform.export.ExportJob;
import org.openepr.platform.export.ExportJobs;
import org.openepr.platform.export.ExportRequests;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The trust admin's whole-trust export: ask for one, watch its progress (the page polls while it runs), download the
 * archive when it is ready. The work runs in the background and goes on if the admin leaves the page or the server
 * restarts.
 */
@Named
@ViewScoped
@UserAction
public class ExportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportRequests requests;

    private List<ExportJob> latest = List.of();
    private ExportJobs.Status shown;

    public void load() {
        latest = jobs.latest(10);
        shown = latest.isEmpty() ? null : jobs.status(latest.get(0).id());
    }

    public void request() {
        requests.request(ExportJob.Via.SCREEN);
        FacesProblems.notice("The export has started: it runs in the background, and you may leave this page");
        load();
    }

    public void refresh() {
        load();
    }

    public void cancel() {
        if (shown != null) {
            jobs.cancel(shown.job().id());
            FacesProblems.notice("The export was cancelled");
            load();
        }
    }

    public boolean isRunning() {
        return shown != null && !shown.job().state().isFinished();
    }

    public List<ExportJob> getLatest() {
        return latest;
    }

    public ExportJob getJob() {
        return shown == null ? null : shown.job();
    }

    public List<ExportFile> getFiles() {
        return shown == null ? List.of() : shown.files();
    }
}
