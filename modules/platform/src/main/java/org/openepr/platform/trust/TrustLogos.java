package org.openepr.platform.trust;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust's logo: the trust admin uploads or removes it; every user of the trust gets it in their page header. Always
 * the current trust's, from the token: no method takes a trust, so no URL or form can name another.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.TRUST_ADMIN)
public class TrustLogos {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustContext trustContext;

    @Inject
    TrustRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The logo the header shows, for anyone working in the trust. */
    @ReadsOnly
    @Access(module = Access.PLATFORM, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
    public Optional<LogoImage> current() {
        return Optional.ofNullable(em.find(TrustLogo.class, TrustLogo.HEADER)).flatMap(TrustLogo::image);
    }

    /** Shows this image in the header from now on (checked when it was read: {@link LogoImage#read}). */
    public void upload(LogoImage logo) {
        Trust trust = registry.forChange(trustContext.requireTrust());
        TrustLogo stored = em.find(TrustLogo.class, TrustLogo.HEADER);
        String before = stored == null ? "none" : stored.image().map(LogoImage::toString).orElse("none");
        if (stored == null) {
            em.persist(new TrustLogo(logo, clock.instant(), trustContext.caller().userId()));
        } else {
            stored.show(logo, clock.instant(), trustContext.caller().userId());
        }
        trust.showLogo(logo.sha256());
        audit.record(PlatformAudit.TRUST_LOGO_CHANGED, trust.odsCode().value(), null, before + " → " + logo);
    }

    /** No logo in the header any more; false if there was none. */
    public boolean remove() {
        Trust trust = registry.forChange(trustContext.requireTrust());
        TrustLogo stored = em.find(TrustLogo.class, TrustLogo.HEADER);
        Optional<LogoImage> shown = stored == null ? Optional.empty() : stored.image();
        if (shown.isEmpty()) {
            return false;
        }
        stored.remove(clock.instant(), trustContext.caller().userId());
        trust.showLogo(null);
        audit.record(PlatformAudit.TRUST_LOGO_REMOVED, trust.odsCode().value(), null, "removed " + shown.get());
        return true;
    }
}
