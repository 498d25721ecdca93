package org.openepr.caserecord.interfaces.web.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.caserecord.application.notes.NoteTypeSetup;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's list of note types: add one, retire or reinstate one. */
@Named
@ViewScoped
@UserAction
public class NoteTypesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NoteTypeSetup setup;

    private List<NoteType> types;
    private String name;

    public void load() {
        if (types == null) {
            types = setup.all();
        }
    }

    public void add() {
        NoteType added = setup.add(name);
        FacesProblems.notice(added.name() + " added");
        name = null;
        types = setup.all();
    }

    public void retire(NoteType type) {
        setup.retire(type.id(), type.version());
        FacesProblems.notice(type.name() + " retired: no longer offered for new notes");
        types = setup.all();
    }

    public void reinstate(NoteType type) {
        setup.reinstate(type.id(), type.version());
        FacesProblems.notice(type.name() + " offered again");
        types = setup.all();
    }

    public List<NoteType> getTypes() { return types; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
