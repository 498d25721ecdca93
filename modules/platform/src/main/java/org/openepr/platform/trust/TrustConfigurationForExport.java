package org.openepr.platform.trust;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/**
 * The trust's decisions for its modules and its logo, for its export (the background worker only). Settings are
 * paged by their key ("module.name"), in key order, as the records are by id.
 */
@UseCase
@ReadsOnly
@Access(module = Access.PLATFORM, roles = Roles.BACKGROUND)
public class TrustConfigurationForExport {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    public List<TrustSetting> settingsAfter(String key, int size) {
        return em.createQuery("select s from TrustSetting s where s.setting > :after order by s.setting", TrustSetting.class)
                .setParameter("after", key == null ? "" : key).setMaxResults(size).getResultList();
    }

    public long settings() {
        return em.createQuery("select count(s) from TrustSetting s", Long.class).getSingleResult();
    }

    /** The logos shown now, by kind; a removed one has no image and is not part of the trust any more. */
    public List<TrustLogo> logosAfter(String kind, int size) {
        return em.createQuery("select l from TrustLogo l where l.kind > :after and l.image is not null order by l.kind", TrustLogo.class)
                .setParameter("after", kind == null ? "" : kind).setMaxResults(size).getResultList();
    }

    public long logos() {
        return em.createQuery("select count(l) from TrustLogo l where l.image is not null", Long.class).getSingleResult();
    }
}
