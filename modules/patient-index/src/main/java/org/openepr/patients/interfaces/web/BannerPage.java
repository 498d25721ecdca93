package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientRecord;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.web.FacesProblems;

/** The patient banner: who this is, at a glance, before anything else about them. */
@Named
@ViewScoped
public class BannerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenPatientRecord openRecord;

    private String id;
    private PatientRecord patient;

    public void load() {
        if (patient != null) {
            return;
        }
        try {
            patient = openRecord.open(UUID.fromString(id == null ? "" : id), "banner");
        } catch (RecordNotFoundException | IllegalArgumentException e) {
            FacesProblems.notFound("No such patient");
        }
    }

    public PatientRecord getPatient() {
        return patient;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
