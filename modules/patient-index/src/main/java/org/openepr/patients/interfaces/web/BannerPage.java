package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.patients.application.EditDemographics;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientRecord;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.UserAction;

/** The patient banner: who this is, at a glance, before anything else about them. */
@Named
@ViewScoped
@UserAction
public class BannerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenPatientRecord openRecord;

    @Inject
    Permissions permissions;

    private String id;
    private PatientRecord patient;
    private List<OpenPatientRecord.PreviousNumber> previousNumbers;

    public void load() {
        if (patient == null) {
            patient = openRecord.open(Ids.of("patient", id), "banner");
            previousNumbers = openRecord.previousNumbers(patient.id());
        }
    }

    public List<OpenPatientRecord.PreviousNumber> getPreviousNumbers() {
        return previousNumbers == null ? List.of() : previousNumbers;
    }

    public PatientRecord getPatient() {
        return patient;
    }

    public boolean isCanEdit() {
        return permissions.allows(EditDemographics.class);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
