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
 * The trust's tracking limits: the unacknowledged one (trust setting {@code discharge.unacknowledgedHours}) decided
 * here by the trust admin, audited by the trust settings with what it was before; the unsigned one is the signing
 * rules' maximum hours to signature ({@code SummarySigningRules}).
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

    /** The unacknowledged limit as typed, checked and named when wrong. */
    public DeliveryLimits change(String unacknowledgedHours) {
        DeliveryLimits before = TrustLimits.of(settings);
        DeliveryLimits limits = before.withUnacknowledged(unacknowledgedHours);
        if (limits.unacknowledgedHours() != before.unacknowledgedHours()) {
            settings.decide(DischargeModule.NAME, DeliveryLimits.UNACKNOWLEDGED_HOURS, Integer.toString(limits.unacknowledgedHours()));
        }
        return limits;
    }
}
