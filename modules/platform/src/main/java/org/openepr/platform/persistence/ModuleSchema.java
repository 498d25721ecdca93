package org.openepr.platform.persistence;

/**
 * A module's own migrations. Each module keeps its SQL under {@code db/<name>} and its own Flyway
 * history table, so modules evolve their schemas independently; {@link #order()} runs the platform
 * before the modules that reference its tables.
 */
public interface ModuleSchema {

    String name();

    int order();

    /** A class from the module's jar; its class loader finds the migrations. */
    default Class<?> anchor() {
        return getClass();
    }
}
