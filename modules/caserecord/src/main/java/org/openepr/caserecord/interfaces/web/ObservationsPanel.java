package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.caserecord.domain.observations.Observation;

/** The latest value of each vital sign on the patient's page, with a link to the chart. Loaded once per request. */
@Named
@RequestScoped
public class ObservationsPanel {

    @Inject
    ReadObservations read;

    private List<Observation> latest;

    public List<Observation> latest(UUID patientId) {
        if (latest == null) {
            latest = read.latest(patientId);
        }
        return latest;
    }
}
