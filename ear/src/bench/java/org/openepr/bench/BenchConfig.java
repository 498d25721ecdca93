package org.openepr.bench;

import java.util.Locale;

/**
 * Benchmark settings: system property {@code bench.<name>}, else environment variable
 * {@code BENCH_<NAME>} (run-bench.sh sets these), else the default. Names use dots: {@code pause.min.ms}
 * is {@code -Dbench.pause.min.ms} or {@code BENCH_PAUSE_MIN_MS}.
 */
public final class BenchConfig {

    private BenchConfig() {
    }

    public static String string(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        if (value == null || value.isBlank()) {
            value = System.getenv("BENCH_" + name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static int integer(String name, int fallback) {
        return Integer.parseInt(string(name, Integer.toString(fallback)));
    }

    public static String baseUrl() {
        return string("base.url", "http://localhost:9090");
    }

    public static String keycloakUrl() {
        return string("keycloak.url", "http://localhost:8180");
    }

    public static String realm() {
        return string("realm", "epr");
    }

    /** Password of the generated bench users (bench.rb01 ... bench.rb30). */
    public static String userPassword() {
        return string("user.password", "bench");
    }

    public static String databaseName() {
        return string("db.name", "epr_bench");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + string("db.host", "127.0.0.1") + ":" + string("db.port", "5432") + "/" + database
                + "?ApplicationName=epr-bench";
    }

    /** A PostgreSQL superuser: creates the database, and bulk-loads (COPY cannot run under row-level security). */
    public static String superuser() {
        return string("pg.superuser", System.getenv().getOrDefault("PGSUPERUSER", "postgres"));
    }

    public static String superuserPassword() {
        return string("pg.password", System.getenv().getOrDefault("PGPASSWORD", ""));
    }
}
