package org.openepr.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The second lock, applied by one mechanism to every table with a {@code trust} column, whichever module made it:
 * row-level security enabled and forced (so even the owner is bound), the policy that lets a transaction see and
 * write only the rows of the trust bound to it, and exactly the grants the application role should have. Runs as
 * the schema owner after every start's migrations and is idempotent, so a module's migrations create tables only.
 */
final class TrustTables {

    private static final Logger LOG = Logger.getLogger(TrustTables.class.getName());

    /** Clinical data is corrected, never deleted, unless a module says otherwise. */
    static final String DEFAULT_PRIVILEGES = "select, insert, update";

    private static final Pattern PRIVILEGES = Pattern.compile("(select|insert|update|delete)(\\s*,\\s*(select|insert|update|delete))*");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * An unset setting reads as NULL on a fresh connection and '' on a reused one; neither equals a trust,
     * so both fail closed.
     */
    private static final String POLICY = "create policy %s on %s using (trust = current_setting('epr.trust', true)) "
            + "with check (trust = current_setting('epr.trust', true))";

    private TrustTables() {
    }

    record Table(String name, boolean hasTrust, boolean forced, boolean hasPolicy) {
    }

    static void apply(DataSource owner, String appRole, Map<String, String> privileges) {
        check(appRole);
        privileges.forEach((table, granted) -> {
            check(table);
            if (!PRIVILEGES.matcher(granted.strip().toLowerCase()).matches()) {
                throw new IllegalStateException("Privileges for " + table + " must be a list of select, insert, update, delete: " + granted);
            }
        });
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            List<Table> tables = tables(c);
            int trustTables = 0;
            try (Statement st = c.createStatement()) {
                for (Table t : tables) {
                    String granted = privileges.get(t.name());
                    if (t.hasTrust()) {
                        trustTables++;
                        st.execute("alter table " + t.name() + " enable row level security");
                        if (!t.forced()) {
                            st.execute("alter table " + t.name() + " force row level security");
                        }
                        if (!t.hasPolicy()) {
                            st.execute(String.format(POLICY, t.name() + "_trust", t.name()));
                        }
                        granted = granted == null ? DEFAULT_PRIVILEGES : granted;
                    }
                    st.execute("revoke all on " + t.name() + " from " + appRole);
                    if (granted != null) {
                        st.execute("grant " + granted + " on " + t.name() + " to " + appRole);
                    }
                }
            }
            c.commit();
            final int count = trustTables;
            LOG.info(() -> "Row-level security and grants applied to " + count + " trust tables of " + tables.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply row-level security: " + e.getMessage(), e);
        }
    }

    private static List<Table> tables(Connection c) throws SQLException {
        String sql = """
                select c.relname,
                       exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'trust' and not a.attisdropped),
                       c.relforcerowsecurity,
                       exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = c.relname || '_trust')
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p')
                   and c.relname not like 'schema_history%'
                 order by c.relname""";
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                check(name);
                tables.add(new Table(name, rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)));
            }
        }
        return tables;
    }

    /** Names go into DDL, so only plain lower-case identifiers are accepted. */
    private static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("Not a plain identifier: " + name);
        }
    }

    static Map<String, String> merge(Iterable<? extends ModuleSchema> schemas) {
        Map<String, String> all = new HashMap<>();
        for (ModuleSchema s : schemas) {
            s.tablePrivileges().forEach((table, granted) -> {
                String earlier = all.putIfAbsent(table, granted);
                if (earlier != null && !earlier.equals(granted)) {
                    throw new IllegalStateException("Two modules declare privileges for table " + table);
                }
            });
        }
        return all;
    }
}
