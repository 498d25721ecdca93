package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.platform.trust.TrustSettings;

/** The trust's signing rules as its admin decided them (in the platform's trust settings), or the default. */
@ApplicationScoped
class SigningRulesSetting {

    @Inject
    TrustSettings settings;

    SigningRules current() {
        return SigningRules.of(settings.value(DischargeModule.NAME, SigningRules.SIGNERS_SETTING).orElse(null),
                settings.value(DischargeModule.NAME, SigningRules.MAX_HOURS_SETTING).orElse(null));
    }

    void decide(SigningRules rules) {
        settings.decide(DischargeModule.NAME, SigningRules.SIGNERS_SETTING, rules.signersSetting());
        settings.decide(DischargeModule.NAME, SigningRules.MAX_HOURS_SETTING, Integer.toString(rules.maxHoursToSign()));
    }
}
