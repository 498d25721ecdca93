package org.openepr.discharge.interfaces.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SummaryListed;

/** "Summaries to sign": the unsigned discharge summaries the signed-in clinician is responsible for, longest waiting first. */
@Named
@RequestScoped
public class AwaitingSignaturePage {

    @Inject
    ReadSummaries reading;

    private List<SummaryListed> loaded;

    public List<SummaryListed> getSummaries() {
        if (loaded == null) {
            loaded = reading.awaitingMySignature();
        }
        return loaded;
    }
}
