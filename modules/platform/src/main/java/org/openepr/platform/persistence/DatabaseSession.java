package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;
import org.openepr.platform.identity.OdsCode;

/**
 * The database half of trust binding: {@code set_config('epr.trust', ?, true)}, local to the
 * transaction. Only PostgreSQL has row-level security; on the embedded demo database this is a no-op.
 */
@ApplicationScoped
public class DatabaseSession {

    private volatile Boolean postgres;

    public void setTrust(EntityManager em, OdsCode trust) {
        if (!isPostgres(em)) {
            return;
        }
        em.createNativeQuery("SELECT set_config('epr.trust', ?1, true)")
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                .setParameter(1, trust.value())
                .getSingleResult();
    }

    private boolean isPostgres(EntityManager em) {
        Boolean known = postgres;
        if (known == null) {
            known = em.unwrap(Session.class).getPlatform().isPostgreSQL();
            postgres = known;
        }
        return known;
    }
}
