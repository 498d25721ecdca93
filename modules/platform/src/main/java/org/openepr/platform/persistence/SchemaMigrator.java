package org.openepr.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before the application serves anything. Migrations run as the
 * schema owner (jdbc/eprOwner); the application itself connects as a role that owns nothing and
 * so cannot bypass row-level security or alter tables. After the modules' migrations, row-level security
 * and grants are applied to every trust table by one mechanism ({@link TrustTables}).
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/eprOwner")
    DataSource ownerDataSource;

    @Resource(lookup = "epr/appRole")
    String appRole;

    @Resource(lookup = "epr/database")
    String database;

    @Inject
    Instance<ModuleSchema> schemas;

    /**
     * @param demo a demo database (./epr start, tests, bench) is brought in line with the scripts as they are now
     *             (Flyway repair) before migrating, so a developer's database survives the pre-release rewrites of
     *             early scripts; any other database must match its history exactly, or the start fails.
     */
    public void migrate(boolean demo) {
        var ordered = schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
        ordered.forEach(schema -> migrate(schema, demo));
        if ("postgresql".equals(database)) {
            TrustTables.apply(ownerDataSource, appRole, TrustTables.merge(ordered));
        }
    }

    private void migrate(ModuleSchema schema, boolean demo) {
        ClassLoader loader = schema.anchor().getClassLoader();
        var scripts = new ModuleMigrations(loader, "db/" + schema.name() + "/common", "db/" + schema.name() + "/" + database);
        if (scripts.getResources("V", new String[] {".sql"}).isEmpty()) {
            throw new IllegalStateException("No migrations found for module " + schema.name() + " under db/" + schema.name());
        }
        var flyway = Flyway.configure(loader)
                .dataSource(ownerDataSource)
                .resourceProvider(scripts)
                .table("schema_history_" + schema.name().replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("appRole", appRole))
                .load();
        if (demo) {
            flyway.repair();
        }
        var result = flyway.migrate();
        LOG.info(() -> "Schema " + schema.name() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
    }
}
