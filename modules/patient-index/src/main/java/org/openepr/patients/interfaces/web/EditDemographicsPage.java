package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.patients.application.ChangeNhsNumber;
import org.openepr.patients.application.EditDemographics;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientRecord;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** Correct a patient's demographics; the form remembers the version it was opened at. */
@Named
@ViewScoped
@UserAction
public class EditDemographicsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenPatientRecord openRecord;

    @Inject
    EditDemographics editDemographics;

    @Inject
    ChangeNhsNumber changeNhsNumber;

    private Boolean canChangeNhsNumber;

    private String id;
    private PatientRecord patient;
    private DemographicsForm form;
    private int version;

    public void load() {
        if (patient == null) {
            patient = openRecord.open(Ids.of("patient", id), "edit demographics");
            form = DemographicsForm.of(patient);
            version = patient.version();
        }
    }

    public String save() {
        var saved = editDemographics.edit(patient.id(), version, form.toForm());
        FacesProblems.noticeOnNextPage("Saved changes to " + saved.displayName());
        return "/patients/banner.xhtml?faces-redirect=true&id=" + saved.id();
    }

    /** The link to change the NHS number is offered to the roles the trust allows. */
    public boolean isCanChangeNhsNumber() {
        if (canChangeNhsNumber == null) {
            canChangeNhsNumber = changeNhsNumber.isAllowed();
        }
        return canChangeNhsNumber;
    }

    public PatientRecord getPatient() {
        return patient;
    }

    public DemographicsForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
