package org.openepr.webapp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.TrustChoice;
import org.openepr.platform.trust.TrustRegistry.TrustView;
import org.openepr.platform.web.FacesProblems;

/** For users of several trusts: lists only the trusts their token names; the choice holds until sign-out. */
@Named
@RequestScoped
public class TrustPickerPage {

    @Inject
    TrustChoice choice;

    private List<TrustView> trusts;

    public List<TrustView> getTrusts() {
        if (trusts == null) {
            trusts = choice.offered();
        }
        return trusts;
    }

    public String choose(String odsCode) {
        if (OdsCode.isValid(odsCode) && choice.choose(OdsCode.of(odsCode))) {
            return "/index.xhtml?faces-redirect=true";
        }
        FacesProblems.page("You cannot work in that trust from this session");
        return null;
    }
}
