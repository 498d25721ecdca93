package org.openepr.webapp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.TrustEdgeFilter;
import org.openepr.platform.security.VerifiedToken;
import org.openepr.platform.trust.TrustRegistry;
import org.openepr.platform.trust.TrustRegistry.TrustView;
import org.openepr.platform.web.FacesProblems;

/** For users of several trusts: lists only the trusts their token names. */
@Named
@RequestScoped
public class TrustPickerPage {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustRegistry registry;

    public List<TrustView> getTrusts() {
        return VerifiedToken.of(request).trusts().stream().map(registry::find).flatMap(java.util.Optional::stream)
                .filter(TrustView::isActive).toList();
    }

    public String choose(String odsCode) {
        if (TrustEdgeFilter.choose(request, OdsCode.of(odsCode))) {
            return "/index.xhtml?faces-redirect=true";
        }
        FacesProblems.page("You cannot work in that trust from this session");
        return null;
    }
}
