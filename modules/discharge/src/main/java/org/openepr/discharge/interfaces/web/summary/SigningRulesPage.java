package org.openepr.discharge.interfaces.web.summary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openepr.discharge.application.summary.SummarySigningRules;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.platform.security.Roles;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The trust admin's discharge summary rules: who may sign, and the most hours from discharge to signature. */
@Named
@ViewScoped
@UserAction
public class SigningRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SummarySigningRules rules;

    private List<String> signers = new ArrayList<>();
    private String maxHours;

    public void load() {
        SigningRules now = rules.current();
        signers = new ArrayList<>(SigningRules.ROLES_THAT_MAY_SIGN.stream().filter(now.signers()::contains).toList());
        maxHours = Integer.toString(now.maxHoursToSign());
    }

    public void save() {
        SigningRules saved = rules.decide(signers, maxHours);
        FacesProblems.notice("Saved: " + saved.signersInWords() + " may sign; signature due within " + saved.maxHoursToSign() + " hours of discharge");
    }

    public List<String> getRoles() {
        return SigningRules.ROLES_THAT_MAY_SIGN;
    }

    public String roleLabel(String role) {
        return Roles.label(role);
    }

    public List<String> getSigners() { return signers; }
    public void setSigners(List<String> signers) { this.signers = signers; }
    public String getMaxHours() { return maxHours; }
    public void setMaxHours(String maxHours) { this.maxHours = maxHours; }
}
