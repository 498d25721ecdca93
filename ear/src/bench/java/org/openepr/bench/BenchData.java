package org.openepr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The benchmark's data generator.
 * <pre>
 *   BenchData reset     drop database epr_bench (bench server stopped)
 *   BenchData prepare   database epr_bench (owner epr_owner), trust files for the server to onboard at start,
 *                       a Keycloak group and clinician user per bench trust (before the server starts)
 *   BenchData load      waits for the server's migrations and onboarding, then COPYs 30 x 30,000 patients
 *                       (only trusts not loaded yet) and VACUUM ANALYZEs
 * </pre>
 * Settings: see {@link BenchConfig}; {@code bench.dir} is where the trust files go (default ear/target/bench).
 */
public final class BenchData {

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final String database = BenchConfig.databaseName();
    private final Path benchDir = Path.of(BenchConfig.string("dir", "ear/target/bench"));

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BenchData reset|prepare|load");
            System.exit(2);
        }
        BenchData data = new BenchData();
        switch (args[0]) {
            case "reset" -> data.reset();
            case "prepare" -> data.prepare();
            case "load" -> data.load();
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void say(String message) {
        System.out.println("[bench] " + message);
    }

    private static Connection superuser(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", BenchConfig.superuser());
        if (!BenchConfig.superuserPassword().isEmpty()) {
            p.setProperty("password", BenchConfig.superuserPassword());
        }
        return DriverManager.getConnection(BenchConfig.jdbcUrl(database), p);
    }

    // ---- reset -------------------------------------------------------------------------------------

    void reset() throws SQLException {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        say("dropped database " + database);
    }

    // ---- prepare -----------------------------------------------------------------------------------

    void prepare() throws Exception {
        createDatabase();
        writeTrustFiles();
        ensureKeycloakUsers();
    }

    private void createDatabase() throws SQLException {
        try (Connection c = superuser("postgres")) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                q.setString(1, database);
                try (ResultSet r = q.executeQuery()) {
                    exists = r.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + database + " OWNER epr_owner");
                }
                say("created database " + database + " (owner epr_owner)");
            } else {
                say("database " + database + " exists");
            }
        }
    }

    /** One file per bench trust in the format of tenants/trusts/*.json; the server onboards them at start. */
    private void writeTrustFiles() throws IOException {
        Path dir = benchDir.resolve("tenants/trusts");
        Files.createDirectories(dir);
        for (int t = 0; t < population.trusts(); t++) {
            String code = SyntheticPatients.trustCode(t);
            String json = """
                    {
                      "odsCode": "%s",
                      "name": "Bench Trust %02d NHS Foundation Trust",
                      "shortName": "BENCH%02d",
                      "branding": { "colour": "#%06X" },
                      "modules": ["patient-index"],
                      "realm": "%s"
                    }
                    """.formatted(code, t + 1, t + 1, (0x003087 + t * 0x050403) & 0xFFFFFF, BenchConfig.realm());
            Files.writeString(dir.resolve(code + ".json"), json, StandardCharsets.UTF_8);
        }
        say("wrote " + population.trusts() + " trust files to " + dir.toAbsolutePath().normalize());
    }

    private void ensureKeycloakUsers() {
        Keycloak keycloak = new Keycloak(BenchConfig.keycloakUrl(), BenchConfig.realm());
        String admin = keycloak.adminToken(BenchConfig.string("keycloak.admin", "admin"), BenchConfig.string("keycloak.admin.password", "admin"));
        for (int t = 0; t < population.trusts(); t++) {
            keycloak.ensureTrustUser(admin, SyntheticPatients.trustCode(t), SyntheticPatients.username(t), BenchConfig.userPassword(),
                    String.format(Locale.ROOT, "BENCH%02d", t + 1));
        }
        say("Keycloak realm " + BenchConfig.realm() + ": groups /RB01../" + SyntheticPatients.trustCode(population.trusts() - 1)
                + " and clinicians " + SyntheticPatients.username(0) + ".." + SyntheticPatients.username(population.trusts() - 1)
                + " (password " + BenchConfig.userPassword() + ")");
    }

    // ---- load --------------------------------------------------------------------------------------

    void load() throws Exception {
        awaitSchemaAndTrusts();
        Map<String, Integer> loaded = loadedCounts();
        List<Integer> todo = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            if (loaded.getOrDefault(SyntheticPatients.trustCode(t), 0) != population.perTrust()) {
                todo.add(t);
            }
        }
        if (todo.isEmpty()) {
            say("patients already loaded: " + population.trusts() + " trusts x " + population.perTrust());
            return;
        }
        say("loading " + population.perTrust() + " patients into each of " + todo.size() + " trusts with COPY");
        long start = System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t : todo) {
                jobs.add(pool.submit(() -> {
                    loadTrust(t, loaded.getOrDefault(SyntheticPatients.trustCode(t), 0) > 0, at);
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        long copied = System.nanoTime();
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) patient");
        }
        say(String.format(Locale.ROOT, "loaded %,d patients in %.1f s (COPY), then VACUUM ANALYZE in %.1f s",
                (long) todo.size() * population.perTrust(), (copied - start) / 1e9, (System.nanoTime() - copied) / 1e9));
    }

    /** The server migrates and onboards the trust files at start; wait for both (it is started before this step). */
    private void awaitSchemaAndTrusts() throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = superuser(database); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT to_regclass('public.patient') IS NOT NULL, to_regclass('public.trust') IS NOT NULL")) {
                    r.next();
                    if (r.getBoolean(1) && r.getBoolean(2)) {
                        try (ResultSet n = s.executeQuery("SELECT count(*) FROM trust WHERE ods_code LIKE 'RB__'")) {
                            n.next();
                            int trusts = n.getInt(1);
                            if (trusts >= population.trusts()) {
                                say("schema migrated and " + trusts + " bench trusts onboarded");
                                return;
                            }
                            last = trusts + " of " + population.trusts() + " bench trusts onboarded";
                        }
                    } else {
                        last = "tables not created yet";
                    }
                }
            } catch (SQLException e) {
                last = e.getMessage();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The bench server did not migrate " + database + " and onboard the bench trusts: " + last);
    }

    /**
     * Per bench trust, the index of the first free-range NHS number not registered there yet: earlier runs'
     * registrations stay in the database, so each run continues after the highest number used before.
     */
    public static Map<String, Integer> registrationStarts(SyntheticPatients population) throws SQLException {
        Map<String, Integer> starts = new HashMap<>();
        String first = SyntheticPatients.nhsNumber(population.firstFreeIndex());
        try (Connection c = superuser(BenchConfig.databaseName());
             PreparedStatement q = c.prepareStatement("SELECT max(nhs_number) FROM patient WHERE trust = ? AND nhs_number >= ?")) {
            for (int t = 0; t < population.trusts(); t++) {
                String code = SyntheticPatients.trustCode(t);
                q.setString(1, code);
                q.setString(2, first);
                try (ResultSet r = q.executeQuery()) {
                    String max = r.next() ? r.getString(1) : null;
                    int index = max == null ? population.firstFreeIndex() : SyntheticPatients.indexOf(max.strip()) + 1;
                    if (index <= 0) {
                        throw new IllegalStateException("Trust " + code + " holds " + max + ", not a bench NHS number");
                    }
                    starts.put(code, index);
                }
            }
        }
        return starts;
    }

    private Map<String, Integer> loadedCounts() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        // As superuser: row-level security does not apply, so all trusts are counted at once.
        try (Connection c = superuser(database);
             PreparedStatement q = c.prepareStatement("SELECT trust, count(*) FROM patient WHERE registered_by = ? GROUP BY trust")) {
            q.setString(1, SyntheticPatients.LOADER);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * COPY one trust's patients in one transaction. COPY FROM is refused on a table with row-level security
     * for any role it binds (epr_owner too, since FORCE ROW LEVEL SECURITY is on), hence the superuser.
     */
    private void loadTrust(int t, boolean replace, Instant at) throws SQLException {
        String code = SyntheticPatients.trustCode(t);
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            if (replace) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM patient WHERE trust = ? AND registered_by = ?")) {
                    d.setString(1, code);
                    d.setString(2, SyntheticPatients.LOADER);
                    d.executeUpdate();
                }
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY patient (" + SyntheticPatients.COPY_COLUMNS + ") FROM STDIN");
            try {
                StringBuilder rows = new StringBuilder(1 << 20);
                for (int i = 0; i < population.perTrust(); i++) {
                    SyntheticPatients.appendCopyRow(rows, code, population.patient(t, i), at);
                    if (rows.length() > (1 << 20) - 1024 || i == population.perTrust() - 1) {
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            c.commit();
        }
        say("  " + code + ": " + population.perTrust() + " patients");
    }
}
