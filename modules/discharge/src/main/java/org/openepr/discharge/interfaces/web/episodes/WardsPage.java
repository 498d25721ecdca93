package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.application.episodes.WardSetup;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's wards: add one, rename, close or reopen one. */
@Named
@ViewScoped
@UserAction
public class WardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WardSetup setup;

    private List<Ward> wards;
    private UUID submission = UUID.randomUUID();
    private String name;
    private UUID renaming;
    private String newName;

    public void load() {
        if (wards == null) {
            wards = setup.all();
        }
    }

    public void add() {
        Ward added = setup.add(submission, name);
        FacesProblems.notice(added.name() + " added");
        name = null;
        submission = UUID.randomUUID();
        wards = setup.all();
    }

    public void startRenaming(Ward ward) {
        renaming = ward.id();
        newName = ward.name();
    }

    public void rename(Ward ward) {
        Ward renamed = setup.rename(ward.id(), ward.version(), newName);
        FacesProblems.notice("Renamed " + renamed.name());
        renaming = null;
        wards = setup.all();
    }

    public void close(Ward ward) {
        setup.close(ward.id(), ward.version());
        FacesProblems.notice(ward.name() + " closed: no admissions or transfers in");
        wards = setup.all();
    }

    public void reopen(Ward ward) {
        setup.reopen(ward.id(), ward.version());
        FacesProblems.notice(ward.name() + " open again");
        wards = setup.all();
    }

    public boolean isRenaming(Ward ward) {
        return ward.id().equals(renaming);
    }

    public List<Ward> getWards() { return wards; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
}
