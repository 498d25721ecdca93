package org.openepr.platform.releases;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustRegistry;

/** The hosting operator's view of releases: which trust is on which, and the release new trusts start on. */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.HOSTING_OPERATOR, inTrust = false)
public class HostedReleases {

    @Inject
    Releases releases;

    @Inject
    TrustRegistry registry;

    @Inject
    TrustContext context;

    @Inject
    AuditTrail audit;

    /** One trust's line in the operator's list. */
    public record TrustOnRelease(OdsCode odsCode, String trustName, Release release, Release scheduled, Instant scheduledFor) {
    }

    public List<TrustOnRelease> trusts() {
        var positions = releases.allPositions();
        return registry.all().stream().map(t -> {
            ReleasePosition p = positions.getOrDefault(t.odsCode().value(), releases.positionOf(t.odsCode()));
            return new TrustOnRelease(t.odsCode(), t.name(), releases.releaseNamed(p.release()),
                    p.scheduledRelease() == null ? null : releases.releaseNamed(p.scheduledRelease()), p.scheduledFor());
        }).toList();
    }

    public List<Release> releases() {
        return releases.catalogue().inOrder();
    }

    public Release defaultForNewTrusts() {
        return releases.defaultForNewTrusts();
    }

    /** Applies to trusts onboarded from now on; no trust already hosted moves. */
    public void setDefaultForNewTrusts(String releaseName) {
        Release chosen = releases.catalogue().require("defaultRelease", releaseName);
        String before = releases.chooseDefault(chosen, context.caller().userId());
        audit.recordOperatorAction(PlatformAudit.DEFAULT_RELEASE_SET, null,
                "new trusts start on " + chosen.label() + " (was " + releases.releaseNamed(before).label() + ")");
    }
}
