package org.openepr.discharge.application.sending;

import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.platform.trust.TrustSettings;

/** The trust's tracking limits from its settings, the module's defaults where it has decided nothing. */
final class TrustLimits {

    private TrustLimits() {
    }

    static DeliveryLimits of(TrustSettings settings) {
        int unsigned = settings.value(DischargeModule.NAME, DeliveryLimits.UNSIGNED_HOURS).map(Integer::parseInt)
                .orElse(DeliveryLimits.DEFAULTS.unsignedHours());
        int unacknowledged = settings.value(DischargeModule.NAME, DeliveryLimits.UNACKNOWLEDGED_HOURS).map(Integer::parseInt)
                .orElse(DeliveryLimits.DEFAULTS.unacknowledgedHours());
        return new DeliveryLimits(unsigned, unacknowledged);
    }
}
