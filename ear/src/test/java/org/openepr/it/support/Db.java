package org.openepr.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct connections to the test database, as the application's role or as the superuser (for checks only). */
public final class Db {

    private Db() {
    }

    /** The role the application connects as: owns no table, cannot bypass row-level security. */
    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(Env.DB_URL, "epr_app", "epr_app");
    }

    /** A superuser view, to check what really is in a table regardless of trust. */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(Env.DB_URL, "postgres", "");
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
