package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.caserecord.application.careteam.MyCaseload;
import org.openepr.platform.web.UserAction;

/** The signed-in clinician's caseload, a page at a time. */
@Named
@ViewScoped
@UserAction
public class MyCaseloadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyCaseload caseload;

    private int page;
    private MyCaseload.Caseload shown;

    public void load() {
        if (shown == null) {
            shown = caseload.page(page);
        }
    }

    public void next() {
        shown = caseload.page(page = Math.min(page + 1, shown.pages() - 1));
    }

    public void previous() {
        shown = caseload.page(page = Math.max(0, page - 1));
    }

    public MyCaseload.Caseload getShown() { return shown; }
    public int getPageSize() { return MyCaseload.PAGE_SIZE; }
}
