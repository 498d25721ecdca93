package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openepr.medicines.application.FormularyAdmin;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's formulary: add a medicine with any restriction and local maximum, take one off; the live knowledge base. */
@Named
@ViewScoped
@UserAction
public class FormularyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FormularyAdmin formulary;

    @Inject
    MedicineDictionary dictionary;

    private List<FormularyAdmin.Line> lines;
    private MedicineChoice medicine;
    private String restriction;
    private String localMaximum;
    private String maxAge;

    public void load() {
        if (lines == null) {
            lines = formulary.entries();
        }
    }

    public List<MedicineChoice> completeMedicine(String text) {
        return dictionary.search(text, 20);
    }

    public void allow() {
        formulary.allow(medicine == null ? null : medicine.productId(), restriction, localMaximum);
        FacesProblems.notice(medicine.name() + " is on the formulary");
        medicine = null;
        restriction = null;
        localMaximum = null;
        lines = formulary.entries();
    }

    public void remove(FormularyAdmin.Line line) {
        formulary.remove(line.entry().productId(), line.entry().version());
        FacesProblems.notice(line.name() + " taken off the formulary");
        lines = formulary.entries();
    }

    public void saveMaxAge() {
        formulary.allowKnowledgeBaseAge(maxAge);
        FacesProblems.notice("Screening will say NOT CHECKED when the knowledge base is older than " + maxAge.strip() + " days");
    }

    public String getLiveVersion() {
        return dictionary.liveVersion().map(v -> v.describe() + " of " + org.openepr.platform.time.UkDates.date(v.issued()))
                .orElse("None: screening says NOT CHECKED");
    }

    public List<FormularyAdmin.Line> getLines() { return lines; }
    public MedicineChoice getMedicine() { return medicine; }
    public void setMedicine(MedicineChoice v) { medicine = v; }
    public String getRestriction() { return restriction; }
    public void setRestriction(String v) { restriction = v; }
    public String getLocalMaximum() { return localMaximum; }
    public void setLocalMaximum(String v) { localMaximum = v; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String v) { maxAge = v; }
}
