package org.openepr.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

/** Puts domain problems beside the fields they concern: a field named "familyName" shows at form:familyName. */
public final class FacesProblems {

    private FacesProblems() {
    }

    public static void show(String formId, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem p : e.problems()) {
            faces.addMessage(formId + ":" + p.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message()));
        }
        faces.validationFailed();
    }

    public static void field(String formId, String field, String message) {
        FacesContext.getCurrentInstance().addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void page(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void notice(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A record not found, or another trust's: the same page and status either way. */
    public static void notFound(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(404);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, message));
    }
}
