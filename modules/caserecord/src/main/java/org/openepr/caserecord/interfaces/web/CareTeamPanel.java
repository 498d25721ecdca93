package org.openepr.caserecord.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.platform.security.Permissions;

/** The care team on the patient's page: lead professionals first, then the other current members. Loaded once per request. */
@Named
@RequestScoped
public class CareTeamPanel {

    @Inject
    ReadCareTeam read;

    @Inject
    Permissions permissions;

    private ReadCareTeam.TeamView team;

    /** The care team page is under /caserecord/, which booking clerks do not open (web.xml): no link for them. */
    public boolean isCanOpen() {
        return permissions.allows(ReadObservations.class);
    }

    public ReadCareTeam.TeamView of(UUID patientId) {
        if (team == null) {
            team = read.of(patientId);
        }
        return team;
    }
}
