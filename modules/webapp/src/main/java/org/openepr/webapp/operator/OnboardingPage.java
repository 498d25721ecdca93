package org.openepr.webapp.operator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.modules.ModuleDescriptor;
import org.openepr.platform.trust.OnboardingFailedException;
import org.openepr.platform.trust.OnboardingSteps;
import org.openepr.platform.trust.TrustOnboarding;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * The operator onboards a trust: the form, then each step's outcome (made, failed, undone) and, once, the first
 * admin's temporary password, which lives only in this view of the page: it is not stored or logged.
 */
@Named
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrustOnboarding onboarding;

    @Inject
    OperatorConsolePage console;

    private String odsCode;
    private String name;
    private String shortName;
    private String colour = "#005EB8";
    private List<String> modules = new ArrayList<>(List.of("patient-index"));
    private String adminName;
    private String adminEmail;

    private List<OnboardingSteps.Line> steps;
    private String onboardedCode;
    private String adminUsername;
    private String temporaryPassword;

    @UserAction
    public void onboard() {
        steps = null;
        temporaryPassword = null;
        try {
            var done = onboarding.onboard(new TrustOnboarding.NewTrust(odsCode, name, shortName, colour, modules, adminName, adminEmail));
            steps = done.steps().lines();
            onboardedCode = done.trust().value();
            adminUsername = done.adminUsername();
            temporaryPassword = done.temporaryPassword();
            FacesProblems.notice("Onboarded " + onboardedCode + " " + name + ". Its users can sign in now.");
            odsCode = name = shortName = adminName = adminEmail = null;
        } catch (OnboardingFailedException e) {
            steps = e.steps().lines();
            FacesProblems.page(e.getMessage());
        } catch (InvalidInputException e) {
            FacesProblems.show(e);
        } finally {
            console.refresh(); // the new trust, and the operator's trail line of a success or a failure
        }
    }

    public List<ModuleDescriptor> getChoosableModules() {
        return onboarding.choosableModules();
    }

    /** A module's title as a checkbox label: "the patient index" → "Patient index". */
    public String moduleLabel(ModuleDescriptor module) {
        String title = module.title().startsWith("the ") ? module.title().substring(4) : module.title();
        return title.isEmpty() ? module.name() : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    public List<OnboardingSteps.Line> getSteps() {
        return steps;
    }

    public String getOnboardedCode() {
        return onboardedCode;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    /** Only in this view of the page: reopening the page, or the next onboarding, forgets it. */
    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getOdsCode() { return odsCode; }
    public void setOdsCode(String odsCode) { this.odsCode = odsCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public List<String> getModules() { return modules; }
    public void setModules(List<String> modules) { this.modules = modules; }
    public String getAdminName() { return adminName; }
    public void setAdminName(String adminName) { this.adminName = adminName; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
}
