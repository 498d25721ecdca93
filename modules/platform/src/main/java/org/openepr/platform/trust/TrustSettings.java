package org.openepr.platform.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;

/**
 * The current trust's decisions for its modules, kept in one place for every module. Called from a module's use
 * case, which decides who may read or change a setting and holds the transaction; the trust is the request's.
 */
@ApplicationScoped
public class TrustSettings {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** The trust's decision, or empty while it has made none (the module's default then stands). */
    public Optional<String> value(String module, String name) {
        return Optional.ofNullable(em.find(TrustSetting.class, key(module, name))).map(TrustSetting::value);
    }

    /** Records the trust's decision, audited with what it was before. */
    public void decide(String module, String name, String value) {
        String key = key(module, name);
        TrustSetting setting = em.find(TrustSetting.class, key);
        String before = setting == null ? "(default)" : setting.value();
        if (setting == null) {
            em.persist(new TrustSetting(key, value, clock.instant(), trust.caller().userId()));
        } else {
            setting.change(value, clock.instant(), trust.caller().userId());
        }
        audit.record(PlatformAudit.TRUST_SETTING_DECIDED, key, null, "from " + before + " to " + value);
    }

    private static String key(String module, String name) {
        return module + "." + name;
    }
}
