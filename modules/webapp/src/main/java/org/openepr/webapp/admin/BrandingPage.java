package org.openepr.webapp.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.trust.LogoImage;
import org.openepr.platform.trust.TrustBranding;
import org.openepr.platform.trust.TrustBranding.Branding;
import org.openepr.platform.trust.TrustLogos;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The trust admin's branding form: filled from what is saved, which the save checks is still what was shown; and the
 * logo, uploaded (checked by its content, at most 200 KB) or removed.
 */
@Named
@ViewScoped
@UserAction
public class BrandingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustBranding branding;

    @Inject
    TrustLogos logos;

    private transient Part logo;
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

    public String uploadLogo() throws IOException {
        if (logo == null || logo.getSize() == 0) {
            throw new InvalidInputException(LogoImage.FIELD, "Logo: choose an image file (PNG, JPEG or SVG, at most 200 KB)");
        }
        try (InputStream in = logo.getInputStream()) {
            logos.upload(LogoImage.read(in));
        }
        FacesProblems.noticeOnNextPage("Logo saved: it shows in the header for everyone in the trust");
        return "/admin/branding.xhtml?faces-redirect=true";
    }

    public String removeLogo() {
        FacesProblems.noticeOnNextPage(logos.remove() ? "Logo removed" : "There was no logo to remove");
        return "/admin/branding.xhtml?faces-redirect=true";
    }

    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
}
