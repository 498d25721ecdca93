import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL of {@code ./epr start} on a machine that has none: zonky's embedded PostgreSQL, its binaries from
 * Maven Central (see {@code pom.xml} beside this file), its data kept in {@code .runtime/postgres-data} between
 * starts. {@code ./epr} runs this file with the Java source launcher and the jars it copied to .runtime/devdb/lib;
 * nothing here needs psql.
 * <pre>
 * run   --port P --data DIR --binaries DIR --pid-file FILE --roles SQL [--locale L]
 *       starts PostgreSQL on localhost:P (initdb the first time), creates the roles and databases, then writes
 *       FILE (this process's pid) and runs until stopped (SIGTERM, ./epr stop): stops PostgreSQL, removes FILE.
 * setup --host H --port P --roles SQL [--user postgres] [--fresh-test-db]
 *       the roles and databases on a PostgreSQL that already runs (./epr when psql is not installed).
 * </pre>
 */
public class EmbeddedDatabase {

    private static final List<String> DATABASES = List.of("epr", "epr_test");

    private static volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "run" -> run(options);
            case "setup" -> setup(options);
            default -> usage();
        }
    }

    private static void run(Map<String, String> options) throws Exception {
        int port = Integer.parseInt(required(options, "port"));
        Path data = Path.of(required(options, "data")).toAbsolutePath();
        Path pidFile = Path.of(required(options, "pid-file")).toAbsolutePath();
        String roles = Files.readString(Path.of(required(options, "roles")));
        // zonky unpacks the binaries here (instead of /tmp/embedded-pg), once per binaries version
        System.setProperty("ot.epg.working-dir", Path.of(required(options, "binaries")).toAbsolutePath().toString());

        log("starting PostgreSQL on port " + port + ", data in " + data);
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)        // kept between starts; initdb only when there is none
                    .setRegisterShutdownHook(false)      // the hook below stops it, then removes the pid file
                    .setLocaleConfig("locale", options.getOrDefault("locale", "C"))
                    // zonky's defaults suit throwaway test databases (fsync off); these data are kept
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofMinutes(3)) // recovery after an unclean stop can take a while
                    .setOutputRedirector(Redirect.INHERIT)  // initdb, pg_ctl and the server log: .runtime/postgres.log
                    .setErrorRedirector(Redirect.INHERIT)
                    .start();
        } catch (Exception | ExceptionInInitializerError e) {
            Path version = data.resolve("PG_VERSION");
            if (Files.exists(version)) {
                log("the data directory was made by PostgreSQL " + Files.readString(version).strip()
                        + "; if this is another major version, move " + data + " away (its data stay there)");
            }
            throw e;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            log("stopping PostgreSQL");
            try {
                pg.close();
            } catch (IOException e) {
                log("pg_ctl stop: " + e);
            }
            waitUntilStopped(data, Duration.ofMinutes(2));
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                log("could not remove " + pidFile + ": " + e);
            }
            log("PostgreSQL stopped");
        }, "stop-postgres"));

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            createRolesAndDatabases(c, roles, false);
        } catch (SQLException e) {
            log("creating the roles and databases failed: " + e.getMessage());
            System.exit(1);
        }

        Path written = pidFile.resolveSibling(pidFile.getFileName() + ".new");
        Files.writeString(written, ProcessHandle.current().pid() + "\n");
        Files.move(written, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log("ready: roles epr_owner and epr_app, databases " + String.join(" and ", DATABASES));

        while (!stopping) {
            Thread.sleep(2000);
            if (!stopping && !postmasterAlive(data)) {
                log("PostgreSQL stopped by itself (see above)");
                System.exit(1);
            }
        }
    }

    private static void setup(Map<String, String> options) throws Exception {
        String host = required(options, "host");
        String url = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + Integer.parseInt(required(options, "port")) + "/postgres?ApplicationName=epr-setup";
        Properties login = new Properties();
        login.setProperty("user", options.getOrDefault("user", "postgres"));
        try (Connection c = DriverManager.getConnection(url, login)) {
            createRolesAndDatabases(c, Files.readString(Path.of(required(options, "roles"))),
                    options.containsKey("fresh-test-db"));
        }
    }

    /** The same roles and databases as ./epr makes through psql on a system PostgreSQL; safe to run again. */
    static void createRolesAndDatabases(Connection c, String rolesSql, boolean freshTestDb) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(rolesSql);
            if (freshTestDb) {
                // every test run starts from an empty database: migrations are tested from scratch each time
                s.execute("DROP DATABASE IF EXISTS epr_test WITH (FORCE)");
            }
            for (String database : DATABASES) {
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    q.setString(1, database);
                    try (ResultSet found = q.executeQuery()) {
                        if (!found.next()) {
                            s.execute("CREATE DATABASE " + database + " OWNER epr_owner");
                        }
                    }
                }
            }
        }
    }

    private static boolean postmasterAlive(Path data) {
        try {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void waitUntilStopped(Path data, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (postmasterAlive(data) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (postmasterAlive(data)) {
            log("PostgreSQL is still shutting down after " + timeout.toSeconds() + "s");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                usage();
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("missing --" + name);
            usage();
        }
        return value;
    }

    private static void usage() {
        System.err.println("""
                usage: EmbeddedDatabase run --port P --data DIR --binaries DIR --pid-file FILE --roles SQL [--locale L]
                       EmbeddedDatabase setup --host H --port P --roles SQL [--user U] [--fresh-test-db]""");
        System.exit(2);
    }

    private static void log(String message) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " [epr embedded PostgreSQL] " + message);
        System.out.flush();
    }
}
