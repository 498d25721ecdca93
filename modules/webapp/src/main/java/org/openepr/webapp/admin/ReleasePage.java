package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.releases.ReleaseChoice;
import org.openepr.platform.releases.ReleaseChoice.Status;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's release: what the trust is on, what the next one changes, when to take it, the way back. */
@Named
@ViewScoped
@UserAction
public class ReleasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReleaseChoice choice;

    private Status status;
    private String moveDate;
    private String moveTime;

    public void load() {
        if (status == null) {
            status = choice.status();
        }
    }

    public void takeNow() {
        status = act(() -> choice.takeNext(status.version()));
        FacesProblems.notice("Your trust is now on release " + status.current().label());
    }

    public void schedule() {
        Instant when;
        try {
            when = InputCheck.dateTime("Move on", moveDate, moveTime, true);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("moveDate", e.getMessage());
        }
        status = act(() -> choice.scheduleNext(when, status.version()));
        FacesProblems.notice("Your trust will move to release " + status.scheduled().label() + " at " + UkDates.dateTime(status.scheduledFor()));
    }

    public void cancelSchedule() {
        status = act(() -> choice.cancelSchedule(status.version()));
        FacesProblems.notice("The scheduled move is cancelled");
    }

    public void returnToPrevious() {
        status = act(() -> choice.returnToPrevious(status.version()));
        FacesProblems.notice("Your trust is back on release " + status.current().label());
    }

    /** A refused action leaves the page showing where the trust stands now (another admin may have acted). */
    private Status act(java.util.function.Supplier<Status> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            status = choice.status();
            throw e;
        }
    }

    /** 17-Mar-2027 10:00, or empty: as accessors, read while rendering. */
    public String getReturnUntil() {
        return status == null ? "" : UkDates.dateTime(status.returnUntil());
    }

    public String getScheduledFor() {
        return status == null ? "" : UkDates.dateTime(status.scheduledFor());
    }

    public Status getStatus() {
        return status;
    }

    public String getMoveDate() {
        return moveDate;
    }

    public void setMoveDate(String moveDate) {
        this.moveDate = moveDate;
    }

    public String getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(String moveTime) {
        this.moveTime = moveTime;
    }
}
