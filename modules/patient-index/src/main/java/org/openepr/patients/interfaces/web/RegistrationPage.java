package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Register a patient. The new record's id is fixed when the form opens, so pressing Register twice
 * (or resubmitting after a dropped connection) registers the patient once.
 */
@Named
@ViewScoped
@UserAction
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterPatient registerPatient;

    private final UUID submissionId = UUID.randomUUID();
    private final DemographicsForm form = new DemographicsForm();

    public String register() {
        var registered = registerPatient.register(submissionId, form.toForm());
        FacesProblems.noticeOnNextPage((registered.created() ? "Registered " : "Already registered: ") + registered.patient().displayName()
                + ", NHS number " + registered.patient().nhsNumberFormatted());
        return "/patients/banner.xhtml?faces-redirect=true&id=" + registered.patient().id();
    }

    public DemographicsForm getForm() {
        return form;
    }
}
