package org.openepr.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

/**
 * Puts problems where the user looks for them: a problem of the field "familyName" beside the input whose id is
 * familyName (in the form that was submitted), anything else at the top of the page. Messages are kept for one
 * request only, on the page where the action happened; only a notice before a redirect is carried to the next page.
 */
public final class FacesProblems {

    private FacesProblems() {
    }

    /** Every problem beside its field; a field with no input on the page is named in a page message. */
    public static void show(InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
            field(p.field(), p.message());
        }
    }

    public static void field(String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<String> clientId = field == null ? Optional.empty() : clientIdOf(faces, field);
        faces.addMessage(clientId.orElse(null), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public static void page(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Success, shown once, on the page where the action happened (an action that stays on its page). */
    public static void notice(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** Success of an action that redirects: shown once, on the page it redirects to, and nowhere after. */
    public static void noticeOnNextPage(String message) {
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

    /** The input whose id is the field's name, preferring one in the form that was submitted. */
    static Optional<String> clientIdOf(FacesContext faces, String field) {
        if (faces.getViewRoot() == null) {
            return Optional.empty();
        }
        List<UIComponent> matches = new ArrayList<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)), (ctx, c) -> {
            if (field.equals(c.getId())) {
                matches.add(c);
            }
            return VisitResult.ACCEPT;
        });
        Map<String, String> submitted = faces.getExternalContext().getRequestParameterMap();
        for (UIComponent c : matches) {
            for (UIComponent parent = c.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof UIForm && submitted.containsKey(parent.getClientId(faces))) {
                    return Optional.of(c.getClientId(faces));
                }
            }
        }
        return matches.stream().findFirst().map(c -> c.getClientId(faces));
    }
}
