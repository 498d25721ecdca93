package org.openepr.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.sessions.Session;
import org.openepr.platform.identity.OdsCode;

/**
 * The database half of trust binding, in one round trip that also opens the transaction:
 * {@code set_config('epr.trust', ?, true)}, and for a read-only use case
 * {@code set_config('synchronous_commit', 'off', true)}; both local to the transaction. Sent as a plain prepared
 * statement on the transaction's own connection (the one EclipseLink then uses for every query of the
 * transaction), which the pool's statement cache keeps prepared. Only PostgreSQL has row-level security; on another
 * database this is a no-op.
 */
@ApplicationScoped
public class DatabaseSession {

    private static final String BIND = "SELECT set_config('epr.trust', ?, true)";
    private static final String BIND_READ = "SELECT set_config('epr.trust', ?, true), set_config('synchronous_commit', 'off', true)";
    private static final String DURABLE = "SELECT set_config('synchronous_commit', 'on', true)";

    private volatile Boolean postgres;

    public void bind(EntityManager em, OdsCode trust, boolean durable) {
        if (isPostgres(em)) {
            run(em, durable ? BIND : BIND_READ, trust.value());
        }
    }

    /** A write joined a read-only transaction: its commit waits for the disk again. */
    public void makeDurable(EntityManager em) {
        if (isPostgres(em)) {
            run(em, DURABLE, null);
        }
    }

    private static void run(EntityManager em, String sql, String parameter) {
        Connection connection = em.unwrap(Connection.class); // begins the transaction's own connection
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            statement.executeQuery().close();
        } catch (SQLException e) {
            throw new PersistenceException("Could not bind the trust to the transaction", e);
        }
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
