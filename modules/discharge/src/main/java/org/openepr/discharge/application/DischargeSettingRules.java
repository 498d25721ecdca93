package org.openepr.discharge.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.platform.trust.SettingRules;

/** Discharge's settings, checked as its pages check them: who may sign, the hours to signature, the unacknowledged limit. */
@ApplicationScoped
public class DischargeSettingRules implements SettingRules {

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public Optional<String> problem(String name, String value) {
        return switch (name) {
            case SigningRules.SIGNERS_SETTING -> SettingRules.problemOf(() -> SigningRules.of(value, null));
            case SigningRules.MAX_HOURS_SETTING -> SettingRules.problemOf(() -> SigningRules.of(null, Integer.toString(SigningRules.hours(value))));
            case DeliveryLimits.UNACKNOWLEDGED_HOURS -> SettingRules.problemOf(() -> DeliveryLimits.DEFAULTS.withUnacknowledged(value));
            default -> Optional.empty();
        };
    }
}
