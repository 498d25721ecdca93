package org.openepr.platform.persistence;

import java.util.Map;

/**
 * A module's own migrations. Each module keeps its SQL under {@code db/<name>} and its own Flyway
 * history table, so modules evolve their schemas independently; {@link #order()} runs the platform first.
 * A module writes only its tables: row-level security and the application role's grants are applied by the
 * platform ({@link TrustTables}) after the migrations, to every table with a trust column.
 */
public interface ModuleSchema {

    String name();

    int order();

    /** A class from the module's jar; its class loader finds the migrations. */
    default Class<?> anchor() {
        return getClass();
    }

    /**
     * What the application role may do to a table, where it differs from the default for trust tables
     * ({@link TrustTables#DEFAULT_PRIVILEGES}: clinical data is corrected, never deleted), e.g. append-only audit
     * ("select, insert"). Tables without a trust column get only what is listed here.
     */
    default Map<String, String> tablePrivileges() {
        return Map.of();
    }
}
