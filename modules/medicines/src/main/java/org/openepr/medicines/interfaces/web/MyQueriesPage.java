package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.medicines.application.PatientMedicines;

/** A prescriber's own orders that pharmacy has queried, to answer or amend. */
@Named
@ViewScoped
public class MyQueriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientMedicines medicines;

    private List<PatientMedicines.QueriedOrder> queried;

    public void load() {
        if (queried == null) {
            queried = medicines.queriedForMe();
        }
    }

    public List<PatientMedicines.QueriedOrder> getQueried() { return queried; }
}
