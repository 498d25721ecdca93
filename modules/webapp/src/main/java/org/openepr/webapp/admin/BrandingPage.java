package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.openepr.platform.trust.TrustBranding;
import org.openepr.platform.trust.TrustBranding.Branding;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's branding form: filled from what is saved, which the save checks is still what was shown. */
@Named
@ViewScoped
@UserAction
public class BrandingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustBranding branding;

    private Branding seen;
    private String name;
    private String shortName;
    private String colour;

    public void load() {
        if (seen == null) {
            seen = branding.current();
            name = seen.name();
            shortName = seen.shortName();
            colour = seen.colour();
        }
    }

    public String save() {
        branding.rebrand(seen, new Branding(name, shortName, colour));
        FacesProblems.noticeOnNextPage("Branding saved");
        return "/admin/index.xhtml?faces-redirect=true";
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
}
