package org.openepr.discharge.interfaces.web.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SummaryListed;

/** The patient's discharge summaries and their states, on the patient's page. Loaded once per request (one bounded query). */
@Named
@RequestScoped
public class PatientSummariesPanel {

    @Inject
    ReadSummaries reading;

    private List<SummaryListed> loaded;

    public List<SummaryListed> of(UUID patientId) {
        if (loaded == null) {
            loaded = reading.forPatient(patientId);
        }
        return loaded;
    }
}
