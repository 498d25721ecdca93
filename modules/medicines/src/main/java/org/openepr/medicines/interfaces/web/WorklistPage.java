package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.platform.web.UserAction;

/** The pharmacist's worklist: orders awaiting verification across the trust, oldest first, by service and high risk. */
@Named
@ViewScoped
@UserAction
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PharmacyVerification pharmacy;

    private String service;
    private boolean highRiskOnly;
    private int page;
    private PharmacyVerification.Worklist worklist;

    public void load() {
        if (worklist == null) {
            show();
        }
    }

    public void show() {
        worklist = pharmacy.worklist(Optional.ofNullable(service).filter(s -> !s.isBlank()), highRiskOnly, page);
    }

    public void filter() {
        page = 0;
        show();
    }

    public void next() {
        page++;
        show();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        show();
    }

    public PharmacyVerification.Worklist getWorklist() { return worklist; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public boolean isHighRiskOnly() { return highRiskOnly; }
    public void setHighRiskOnly(boolean v) { highRiskOnly = v; }
    public int getPage() { return page; }
}
