package org.openepr.webapp.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.platform.offboarding.ExportReceipt;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's word that the export arrived: what lets the hosting operator offboard the trust. */
@Named
@RequestScoped
public class ExportReceiptPage {

    @Inject
    ExportReceipt receipt;

    private String job;

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public List<ExportReceipt.FinishedExport> getFinished() {
        return receipt.finishedExports();
    }

    public String label(ExportReceipt.FinishedExport e) {
        return "Export finished " + UkDates.dateTime(e.finishedAt());
    }

    public String getConfirmed() {
        return receipt.confirmed().map(c -> "You confirmed export " + c.job() + " as received (" + c.by() + ", " + UkDates.dateTime(c.at())
                + "). The hosting provider may now offboard the trust.").orElse("");
    }

    @UserAction
    public void confirm() {
        UUID chosen;
        try {
            chosen = job == null || job.isBlank() ? null : UUID.fromString(job);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        receipt.confirm(chosen);
        FacesProblems.notice("Recorded: the export was received");
    }
}
