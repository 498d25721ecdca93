package org.openepr.discharge.application.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.openepr.clinics.api.DischargedFromClinic;
import org.openepr.platform.security.Permissions;

/**
 * Listens to clinic management: a discharge from clinic ends the community episode in that service. Clinics does not
 * know discharge; a trust that has not taken discharge (or a caller it does not allow) is simply not acted for, since a
 * refused use case would undo the clinic's own outcome.
 */
@ApplicationScoped
public class ClinicDischarges {

    @Inject
    Permissions permissions;

    @Inject
    EndEpisodeAfterClinic end;

    void discharged(@Observes DischargedFromClinic clinic) {
        permissions.ifAllowed(EndEpisodeAfterClinic.class, () -> end.discharged(clinic), Optional.empty());
    }
}
