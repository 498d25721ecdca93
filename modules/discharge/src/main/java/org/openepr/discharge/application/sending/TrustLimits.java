package org.openepr.discharge.application.sending;

import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.discharge.domain.summary.SigningRules;
import org.openepr.platform.trust.TrustSettings;

/** The trust's tracking limits from its settings, the module's defaults where it has decided nothing. */
final class TrustLimits {

    private TrustLimits() {
    }

    static DeliveryLimits of(TrustSettings settings) {
        // one limit for signing: the signing rules' maximum hours from discharge to signature
        int unsigned = SigningRules.of(null, settings.value(DischargeModule.NAME, SigningRules.MAX_HOURS_SETTING).orElse(null)).maxHoursToSign();
        int unacknowledged = settings.value(DischargeModule.NAME, DeliveryLimits.UNACKNOWLEDGED_HOURS).map(Integer::parseInt)
                .orElse(DeliveryLimits.DEFAULTS.unacknowledgedHours());
        return new DeliveryLimits(unsigned, unacknowledged);
    }
}
