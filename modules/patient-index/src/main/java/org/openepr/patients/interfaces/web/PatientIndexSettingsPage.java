package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openepr.patients.application.PatientIndexSettings;
import org.openepr.platform.security.Roles;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin decides who may change an NHS number. */
@Named
@ViewScoped
@UserAction
public class PatientIndexSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientIndexSettings settings;

    private List<String> changers;

    public void load() {
        if (changers == null) {
            changers = new ArrayList<>(settings.nhsNumberChangers());
        }
    }

    public void save() {
        var saved = settings.allowNhsNumberChanges(Set.copyOf(changers == null ? List.of() : changers));
        FacesProblems.notice("Saved: NHS numbers may be changed by "
                + String.join(" and ", saved.stream().map(r -> Roles.label(r).toLowerCase() + "s").toList()));
    }

    public List<String> getChangers() { return changers; }
    public void setChangers(List<String> v) { changers = v; }
}
