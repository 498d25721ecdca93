package org.openepr.discharge.application.summary;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust admin sets who may sign discharge summaries and the most hours from discharge to signature (the tracking
 * dashboard shows summaries past it); everyone who works with summaries may read the rules.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.TRUST_ADMIN)
public class SummarySigningRules {

    @Inject
    SigningRulesSetting setting;

    @ReadsOnly
    @Access(module = DischargeModule.NAME, roles = {Roles.TRUST_ADMIN, Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
    public SigningRules current() {
        return setting.current();
    }

    /** Every field at fault named at once; the change is audited by the trust settings (before and after). */
    public SigningRules decide(List<String> signers, String maxHours) {
        InputCheck check = new InputCheck();
        Integer hours = check.field("maxHoursToSign", () -> SigningRules.hours(maxHours));
        Set<String> roles = check.field("signers", () -> new SigningRules(signers == null ? Set.of() : Set.copyOf(signers),
                SigningRules.DEFAULT.maxHoursToSign()).signers());
        check.throwIfAny();
        SigningRules rules = new SigningRules(roles, hours);
        setting.decide(rules);
        return rules;
    }
}
