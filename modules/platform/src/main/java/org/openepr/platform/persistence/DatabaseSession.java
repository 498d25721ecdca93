package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;
import org.openepr.platform.identity.OdsCode;

/**
 * The database half of trust binding, in one round trip that also opens the transaction:
 * {@code set_config('epr.trust', ?, true)}, and for a read-only use case
 * {@code set_config('synchronous_commit', 'off', true)}; both local to the transaction.
 * Only PostgreSQL has row-level security; on another database this is a no-op.
 */
@ApplicationScoped
public class DatabaseSession {

    private static final String BIND = "SELECT set_config('epr.trust', ?1, true)";
    private static final String BIND_READ = "SELECT set_config('epr.trust', ?1, true), set_config('synchronous_commit', 'off', true)";

    private volatile Boolean postgres;

    public void bind(EntityManager em, OdsCode trust, boolean durable) {
        if (!isPostgres(em)) {
            return;
        }
        em.createNativeQuery(durable ? BIND : BIND_READ)
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                .setParameter(1, trust.value())
                .getSingleResult();
    }

    /** A write joined a read-only transaction: its commit waits for the disk again. */
    public void makeDurable(EntityManager em) {
        if (!isPostgres(em)) {
            return;
        }
        em.createNativeQuery("SELECT set_config('synchronous_commit', 'on', true)")
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
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
