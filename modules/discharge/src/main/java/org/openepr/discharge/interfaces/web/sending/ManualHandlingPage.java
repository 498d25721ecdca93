package org.openepr.discharge.interfaces.web.sending;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.application.sending.ManualHandling;
import org.openepr.discharge.domain.sending.HandledHow;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The manual-handling list: choose a summary, say how it was sent, add a note. */
@Named
@ViewScoped
@UserAction
public class ManualHandlingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ManualHandling handling;

    private List<ManualHandling.Waiting> waiting;
    private UUID chosen;
    private int chosenVersion;
    private String how;
    private String note;

    public void load() {
        if (waiting == null) {
            waiting = handling.waiting();
        }
    }

    public void choose(ManualHandling.Waiting w) {
        chosen = w.dispatchId();
        chosenVersion = w.rowVersion();
        how = null;
        note = null;
    }

    public void record() {
        if (chosen == null) {
            FacesProblems.page("Choose a summary from the list first");
            return;
        }
        handling.record(chosen, chosenVersion, how, note);
        FacesProblems.notice("Recorded: " + HandledHow.valueOf(how).label());
        chosen = null;
        waiting = handling.waiting();
    }

    public List<HandledHow> getWays() { return Arrays.asList(HandledHow.values()); }
    public List<ManualHandling.Waiting> getWaiting() { return waiting; }
    public ManualHandling.Waiting getChosen() { return waiting == null ? null : waiting.stream().filter(w -> w.dispatchId().equals(chosen)).findFirst().orElse(null); }
    public String getHow() { return how; }
    public void setHow(String how) { this.how = how; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
