package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustSettings;

/**
 * The trust's tracking limits (trust settings {@code discharge.unsignedHours} and {@code discharge.unacknowledgedHours}):
 * the trust admin decides them, each change audited with what it was before.
 */
@UseCase
@Access(module = DischargeModule.NAME, roles = Roles.TRUST_ADMIN)
public class SendingLimits {

    @Inject
    TrustSettings settings;

    @Inject
    AuditTrail audit;

    @ReadsOnly
    public DeliveryLimits current() {
        DeliveryLimits limits = TrustLimits.of(settings);
        audit.record(SendingAudit.DELIVERY_LIMITS_VIEWED, null, null, null);
        return limits;
    }

    /** Both limits as typed, each checked and named when wrong; nothing saved unless both are right. */
    public DeliveryLimits change(String unsignedHours, String unacknowledgedHours) {
        DeliveryLimits limits = DeliveryLimits.parse(unsignedHours, unacknowledgedHours);
        DeliveryLimits before = TrustLimits.of(settings);
        if (limits.unsignedHours() != before.unsignedHours()) {
            settings.decide(DischargeModule.NAME, DeliveryLimits.UNSIGNED_HOURS, Integer.toString(limits.unsignedHours()));
        }
        if (limits.unacknowledgedHours() != before.unacknowledgedHours()) {
            settings.decide(DischargeModule.NAME, DeliveryLimits.UNACKNOWLEDGED_HOURS, Integer.toString(limits.unacknowledgedHours()));
        }
        return limits;
    }
}
