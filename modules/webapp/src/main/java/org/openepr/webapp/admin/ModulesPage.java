package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openepr.platform.trust.TrustModules;
import org.openepr.platform.trust.TrustModules.Choices;
import org.openepr.platform.trust.TrustModules.Module;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The trust admin's modules: a box per installed clinical module, ticked while the trust has it. One that cannot be
 * turned off (the patient index, or one another module needs) is shown ticked and greyed, with why.
 */
@Named
@ViewScoped
@UserAction
public class ModulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustModules trustModules;

    private Choices shown;
    private List<String> chosen = new ArrayList<>();

    public void load() {
        if (shown == null) {
            shown = trustModules.current();
            chosen = new ArrayList<>(shown.modules().stream().filter(Module::taken).map(Module::name).toList());
        }
    }

    public String save() {
        List<String> wanted = new ArrayList<>(chosen);
        // a greyed box is not sent by the browser: it stays as it was
        shown.modules().stream().filter(m -> m.taken() && m.locked() != null && !wanted.contains(m.name())).forEach(m -> wanted.add(m.name()));
        trustModules.choose(shown.version(), wanted);
        FacesProblems.noticeOnNextPage("Modules saved: the change applies to everyone in the trust now");
        return "/admin/modules.xhtml?faces-redirect=true";
    }

    public List<Module> getModules() {
        return shown == null ? List.of() : shown.modules();
    }

    public String label(Module m) {
        String title = Character.toUpperCase(m.title().charAt(0)) + m.title().substring(1);
        return m.locked() == null ? title : title + " (" + m.locked() + ")";
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
