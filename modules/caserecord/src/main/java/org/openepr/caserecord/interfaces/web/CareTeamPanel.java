package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.caserecord.application.careteam.ReadCareTeam;

/** The care team on the patient's page: lead professionals first, then the other current members. Loaded once per request. */
@Named
@RequestScoped
public class CareTeamPanel {

    @Inject
    ReadCareTeam read;

    private ReadCareTeam.TeamView team;

    public ReadCareTeam.TeamView of(UUID patientId) {
        if (team == null) {
            team = read.of(patientId);
        }
        return team;
    }
}
