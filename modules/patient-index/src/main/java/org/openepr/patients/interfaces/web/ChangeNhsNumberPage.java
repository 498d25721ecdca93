package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.patients.application.ChangeNhsNumber;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientRecord;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** Change a patient's NHS number in two steps: type and check it, then confirm the change shown old → new. */
@Named
@ViewScoped
@UserAction
public class ChangeNhsNumberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenPatientRecord openRecord;

    @Inject
    ChangeNhsNumber changeNhsNumber;

    private String id;
    private PatientRecord patient;
    private String newNhsNumber;
    private String reason;
    private boolean checked;
    private boolean confirmed;
    private boolean allowed;

    public void load() {
        if (patient == null) {
            patient = openRecord.open(Ids.of("patient", id), "change NHS number");
            allowed = changeNhsNumber.isAllowed();
        }
    }

    /** Whether this user's trust lets their role change NHS numbers (said before they type, not after). */
    public boolean isAllowed() {
        return allowed;
    }

    /** The first step: the number is valid and different, and a reason is given, before anything is asked to be confirmed. */
    public void check() {
        NhsNumber number;
        try {
            number = NhsNumber.of(newNhsNumber);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("newNhsNumber", e.getMessage());
        }
        if (number.value().equals(patient.nhsNumber())) {
            throw new InvalidInputException("newNhsNumber", "This is the patient's NHS number already");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the number is changed");
        }
        newNhsNumber = number.formatted();
        checked = true;
    }

    public void uncheck() {
        checked = false;
        confirmed = false;
    }

    public String change() {
        var changed = changeNhsNumber.change(patient.id(), patient.version(), newNhsNumber, reason, confirmed);
        FacesProblems.noticeOnNextPage("NHS number of " + changed.displayName() + " changed to " + changed.nhsNumberFormatted()
                + "; the old number is kept in the record's history");
        return "/patients/banner.xhtml?faces-redirect=true&id=" + changed.id();
    }

    public String getNewNumberFormatted() {
        return newNhsNumber;
    }

    public PatientRecord getPatient() { return patient; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getNewNhsNumber() { return newNhsNumber; }
    public void setNewNhsNumber(String v) { newNhsNumber = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isChecked() { return checked; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean v) { confirmed = v; }
}
