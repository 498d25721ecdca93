package org.openepr.platform.trust;

import jakarta.inject.Inject;
import java.util.List;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.OperatorAuditEvent;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The hosting operator's view of the trusts on the instance: list, suspend, reinstate; every action audited. */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.HOSTING_OPERATOR, inTrust = false)
public class HostedTrusts {

    @Inject
    TrustRegistry registry;

    @Inject
    AuditTrail audit;

    public List<TrustRegistry.TrustView> all() {
        return registry.all();
    }

    public void suspend(OdsCode trust, String reason) {
        change(trust, Trust.Status.SUSPENDED, PlatformAudit.TRUST_SUSPENDED, reason);
    }

    public void reinstate(OdsCode trust, String reason) {
        change(trust, Trust.Status.ACTIVE, PlatformAudit.TRUST_REINSTATED, reason);
    }

    public List<OperatorAuditEvent> auditTrail(int max) {
        return audit.latestOperatorActions(Math.min(max, 500));
    }

    private void change(OdsCode trust, Trust.Status status, PlatformAudit action, String reason) {
        var before = registry.find(trust).orElseThrow(() -> new RecordNotFoundException("trust"));
        registry.setStatus(trust, status);
        audit.recordOperatorAction(action, trust, "was " + before.status().label().toLowerCase(java.util.Locale.ENGLISH) + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }
}
