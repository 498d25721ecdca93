package org.openepr.discharge.interfaces.web.episodes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.application.episodes.PatientEpisodes;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.platform.security.Permissions;

/** The patient's episodes of care on their page: open ones first, with the ways to admit, accept a referral or discharge. */
@Named
@RequestScoped
public class EpisodesPanel {

    @Inject
    ReadEpisodes read;

    @Inject
    Permissions permissions;

    private PatientEpisodes episodes;

    public PatientEpisodes of(UUID patientId) {
        if (episodes == null) {
            episodes = read.ofPatient(patientId);
        }
        return episodes;
    }

    public boolean isCanChange() {
        return permissions.allows(AdmitPatient.class);
    }
}
