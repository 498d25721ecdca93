package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.patients.application.EditDemographics;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientRecord;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.web.FacesProblems;

/** Correct a patient's demographics; the form remembers the version it was opened at. */
@Named
@ViewScoped
public class EditDemographicsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenPatientRecord openRecord;

    @Inject
    transient EditDemographics editDemographics;

    private String id;
    private PatientRecord patient;
    private DemographicsForm form;
    private int version;

    public void load() {
        if (patient != null) {
            return;
        }
        try {
            patient = openRecord.open(UUID.fromString(id == null ? "" : id), "edit demographics");
            form = DemographicsForm.of(patient);
            version = patient.version();
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            FacesProblems.notFound("No such patient");
        }
    }

    public String save() {
        try {
            var saved = editDemographics.edit(patient.id(), version, form.toForm());
            FacesProblems.notice("Saved changes to " + saved.displayName());
            return "/patients/banner.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            FacesProblems.show("edit", e);
        } catch (ConflictException e) {
            FacesProblems.field("edit", e.field(), e.getMessage());
        } catch (StaleEditException e) {
            FacesProblems.page(e.getMessage());
        } catch (RecordNotFoundException e) {
            FacesProblems.notFound("No such patient");
        }
        return null;
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
