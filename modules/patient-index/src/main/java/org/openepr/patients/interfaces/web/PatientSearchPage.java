package org.openepr.patients.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.patients.application.FindPatients;
import org.openepr.patients.application.PatientRecord;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.patients.domain.ResultPage;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.UserAction;

/** Find a patient: by NHS number, family or given name (start of), postcode or date of birth; several narrow. */
@Named
@ViewScoped
@UserAction
public class PatientSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    FindPatients findPatients;

    @Inject
    Permissions permissions;

    @Inject
    ServiceClock clock;

    private String nhsNumber;
    private String family;
    private String given;
    private String postcode;
    private String birthDate;
    private int page;
    private ResultPage<PatientRecord> results;

    public void search() {
        page = 0;
        run();
    }

    public void nextPage() {
        page++;
        run();
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
        run();
    }

    private void run() {
        results = null;
        results = findPatients.search(PatientSearch.parse(nhsNumber, family, given, postcode, birthDate, page, PAGE_SIZE, clock.today()));
    }

    public boolean isCanRegister() {
        return permissions.allows(RegisterPatient.class);
    }

    public ResultPage<PatientRecord> getResults() {
        return results;
    }

    public int getFirstShown() {
        return results == null ? 0 : results.page() * results.pageSize() + 1;
    }

    public long getLastShown() {
        return results == null ? 0 : (long) results.page() * results.pageSize() + results.items().size();
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }

    public String getGiven() {
        return given;
    }

    public void setGiven(String given) {
        this.given = given;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }
}
