package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.application.episodes.PatientEpisodes;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.UserAction;

/** All of a patient's episodes of care, with their ward stays and leave. */
@Named
@ViewScoped
@UserAction
public class PatientEpisodesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadEpisodes read;

    @Inject
    Permissions permissions;

    private String patient;
    private PatientEpisodes record;
    private boolean canChange;

    public void load() {
        if (record == null) {
            canChange = permissions.allows(AdmitPatient.class);
            record = read.ofPatient(Ids.of("patient", patient));
        }
    }

    public PatientEpisodes getRecord() { return record; }
    public boolean isCanChange() { return canChange; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
}
