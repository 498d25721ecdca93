package org.openepr.platform.trust;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The source trust's decisions and logo, loaded by a whole-trust import (the background worker only, in the import's
 * batch transaction). What this trust has already decided or shown stands: the target's admin may have set the trust
 * up before loading the archive, and an import does not overwrite a decision made here. Each setting or logo taken, and
 * each kept instead, is a line in this trust's trail, so the admin can see which of the two stands.
 */
@UseCase
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class TrustConfigurationFromImport {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    TrustRegistry registry;

    @Inject
    TrustContext trustContext;

    @Inject
    AuditTrail audit;

    /** True if the export's decision was taken; false if this trust had decided the setting already (its own stands). */
    public boolean setting(String key, String value, Instant changedAt, String changedBy) {
        TrustSetting here = em.find(TrustSetting.class, key);
        if (here != null) {
            audit.record(PlatformAudit.TRUST_SETTING_KEPT_ON_IMPORT, key, null,
                    "this trust's " + here.value() + " stands; the export's was " + value);
            return false;
        }
        em.persist(new TrustSetting(key, value, changedAt, changedBy));
        audit.record(PlatformAudit.TRUST_SETTING_IMPORTED, key, null, "(default) to " + value + " as decided by " + changedBy);
        return true;
    }

    /**
     * True if the export's logo (checked as an upload is, {@link LogoImage#of}) is shown from now on; false if this trust
     * shows a logo of its own already, which stays.
     */
    public boolean logo(String kind, LogoImage logo, Instant changedAt, String changedBy) {
        Trust trust = registry.forChange(trustContext.requireTrust());
        TrustLogo here = em.find(TrustLogo.class, kind);
        if (here != null && here.image().isPresent()) {
            audit.record(PlatformAudit.TRUST_LOGO_KEPT_ON_IMPORT, trust.odsCode().value(), null,
                    "this trust's " + here.image().get() + " stays; the export's was " + logo);
            return false;
        }
        if (here == null) {
            em.persist(new TrustLogo(kind, logo, changedAt, changedBy));
        } else {
            here.show(logo, changedAt, changedBy); // removed here before: the export's is shown
        }
        if (TrustLogo.HEADER.equals(kind)) {
            trust.showLogo(logo.sha256());
        }
        audit.record(PlatformAudit.TRUST_LOGO_IMPORTED, trust.odsCode().value(), null, logo.toString());
        return true;
    }
}
