package org.openepr.platform.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openepr.platform.trust.TrustContext;

/** The trust admin asks for an export (page or Bulk Data API): the job is saved, then handed to the runner. */
@ApplicationScoped
public class ExportRequests {

    @Inject
    ExportJobs jobs;

    @Inject
    ExportRunner runner;

    @Inject
    TrustContext trustContext;

    public ExportJob request(ExportJob.Via via) {
        ExportJob job = jobs.request(via); // committed here: the runner's own transactions find it
        runner.start(trustContext.requireTrust(), job.id());
        return job;
    }
}
