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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
 *                       (only trusts not loaded yet) and VACUUM ANALYZEs; loads each trust's clinics, a year of
 *                       sessions and slots and the bookings already on the books ({@link SyntheticClinics}; only
 *                       trusts not loaded yet, or whose year ends within 300 days); removes the bookings earlier
 *                       runs made through the API, so every run starts from the same bookings
 * </pre>
 * Settings: see {@link BenchConfig}; {@code bench.dir} is where the trust files go (default ear/target/bench).
 */
public final class BenchData {

    private final SyntheticPatients population = SyntheticPatients.fromConfig();
    private final SyntheticClinics clinics = SyntheticClinics.fromConfig();
    private final SyntheticMedicines medicines = SyntheticMedicines.fromConfig();
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

    static Connection superuser(String database) throws SQLException {
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
                      "modules": ["patient-index", "clinics", "medicines", "caserecord", "discharge"],
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
            String code = SyntheticPatients.trustCode(t);
            String shortName = String.format(Locale.ROOT, "BENCH%02d", t + 1);
            keycloak.ensureTrustUser(admin, code, SyntheticPatients.username(t), BenchConfig.userPassword(), shortName,
                    "Clinician " + code, "clinician", "prescriber");
            keycloak.ensureTrustUser(admin, code, SyntheticMedicines.pharmacist(t), BenchConfig.userPassword(), shortName,
                    "Pharmacist " + code, "pharmacist");
        }
        // the first trust's admin, who exports it (--only export)
        keycloak.ensureTrustUser(admin, SyntheticPatients.trustCode(0), ExportRun.admin(), BenchConfig.userPassword(), "BENCH01",
                "Admin " + SyntheticPatients.trustCode(0), "trust-admin");
        // the empty trust this run imports that export into
        try {
            say("import target of this run: " + ImportRun.prepareTarget(benchDir, keycloak, admin));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        say("Keycloak realm " + BenchConfig.realm() + ": groups /RB01../" + SyntheticPatients.trustCode(population.trusts() - 1)
                + " and clinicians " + SyntheticPatients.username(0) + ".." + SyntheticPatients.username(population.trusts() - 1)
                + " (prescribers) and their pharmacists " + SyntheticMedicines.pharmacist(0) + ".. (password " + BenchConfig.userPassword() + ")");
    }

    // ---- load --------------------------------------------------------------------------------------

    void load() throws Exception {
        awaitSchemaAndTrusts();
        loadPatients();
        loadClinics();
        clearRunBookings();
        loadMedicines();
        clearRunOrders();
        loadLongRecords();
        loadDispatches();
        prepareDischarges();
    }

    /** The ward each bench trust admits to. */
    static final String WARD = "Bench ward";
    /** Unsigned drafts each bench trust holds (discharged over the last week) for the dashboard's unsigned lines. */
    static final int UNSIGNED_PER_TRUST = BenchConfig.integer("unsigned.per.trust", 150);

    /**
     * For the discharging clinicians of {@link DischargeSimulation}: a ward in every bench trust, and nothing left of
     * earlier runs' episodes, summaries and letters (everything but the loaded outbox), so every run starts alike and no
     * long-record patient is still admitted.
     */
    private void prepareDischarges() throws SQLException {
        long episodes;
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM summary_dispatch WHERE trust LIKE 'RB__' AND signed_by <> '" + SyntheticDispatches.SIGNER + "'");
                for (String table : List.of("discharge_summary_save", "discharge_summary_version", "leave_of_absence", "ward_stay")) {
                    s.executeUpdate("DELETE FROM " + table + " WHERE trust LIKE 'RB__'");
                }
                s.executeUpdate("DELETE FROM discharge_summary WHERE trust LIKE 'RB__' AND last_saved_by <> '" + SyntheticDispatches.SIGNER + "'");
                episodes = s.executeUpdate("DELETE FROM episode_of_care WHERE trust LIKE 'RB__'");
            }
            // drafts nobody has signed yet, as a trust has them: over the last week, so most are past the limit to sign
            try (PreparedStatement drafts = c.prepareStatement("INSERT INTO discharge_summary (trust, id, patient_id, episode_id, inpatient, place,"
                    + " episode_started, episode_ended, responsible_clinician, state, state_since, revision, content, signed_version, drafted_at,"
                    + " last_saved_by, last_saved_at)"
                    + " SELECT p.trust, md5(p.trust || ':draft:' || p.n)::uuid, p.id, md5(p.trust || ':episode:' || p.n)::uuid, true, ?,"
                    + " e.ended - interval '20 days', e.ended, ?, 'DRAFTED', e.ended, 1, ?, 0, e.ended, ?, e.ended"
                    + " FROM (SELECT trust, id, row_number() OVER (ORDER BY nhs_number) AS n FROM patient WHERE trust = ? ORDER BY nhs_number LIMIT ?) p"
                    + " CROSS JOIN LATERAL (SELECT date_trunc('minute', now()) - (p.n * 67 % 10080) * interval '1 minute' AS ended) e"
                    + " WHERE NOT EXISTS (SELECT 1 FROM discharge_summary d WHERE d.trust = p.trust AND d.last_saved_by = ?)")) {
                for (int t = 0; t < population.trusts(); t++) {
                    drafts.setString(1, WARD);
                    drafts.setString(2, SyntheticPatients.username(t));
                    drafts.setString(3, "{\"patient-demographics\":\"Bench patient\",\"clinical-summary\":\"\",\"person-completing-record\":\"Bench clinician\"}");
                    drafts.setString(4, SyntheticDispatches.SIGNER);
                    drafts.setString(5, SyntheticPatients.trustCode(t));
                    drafts.setInt(6, UNSIGNED_PER_TRUST);
                    drafts.setString(7, SyntheticDispatches.SIGNER);
                    drafts.executeUpdate();
                }
            }
            try (PreparedStatement ward = c.prepareStatement("INSERT INTO ward (trust, id, name, name_key) SELECT ?, ?, ?, lower(?)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM ward WHERE trust = ? AND name = ?)")) {
                for (int t = 0; t < population.trusts(); t++) {
                    String code = SyntheticPatients.trustCode(t);
                    ward.setString(1, code);
                    ward.setObject(2, UUID.nameUUIDFromBytes((code + ":" + WARD).getBytes(StandardCharsets.UTF_8)));
                    ward.setString(3, WARD);
                    ward.setString(4, WARD);
                    ward.setString(5, code);
                    ward.setString(6, WARD);
                    ward.executeUpdate();
                }
            }
            c.commit();
        }
        say(String.format(Locale.ROOT, "discharges: a ward and %d unsigned drafts in each bench trust; %,d episodes of earlier runs removed, with their"
                + " summaries and letters", UNSIGNED_PER_TRUST, episodes));
    }

    // ---- discharge summaries' outbox (the delivery dashboard) ----------------------------------------

    /** Each trust's outbox ({@link SyntheticDispatches}), one transaction per trust, where it is not whole. */
    private void loadDispatches() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int trusts = 0;
        for (int t = 0; t < population.trusts(); t++) {
            String code = SyntheticPatients.trustCode(t);
            try (Connection c = superuser(database)) {
                c.setAutoCommit(false);
                if (SyntheticDispatches.loaded(c, code)) {
                    continue;
                }
                SyntheticDispatches.clear(c, code);
                SyntheticDispatches.load(c, t, population, now);
                c.commit();
                trusts++;
            }
        }
        if (trusts == 0) {
            say("discharge outboxes already loaded: " + SyntheticDispatches.PER_TRUST + " summaries a trust");
            return;
        }
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) summary_dispatch");
        }
        say(String.format(Locale.ROOT, "loaded discharge outboxes into %d trusts: %,d summaries each", trusts, SyntheticDispatches.PER_TRUST));
    }

    // ---- long records (the case record summary) -----------------------------------------------------

    /** Each trust's long records ({@link SyntheticLongRecords}), one transaction per trust, where they are not whole. */
    private void loadLongRecords() throws Exception {
        SyntheticLongRecords longRecords = new SyntheticLongRecords();
        LocalDate today = LocalDate.now(UK);
        long[] totals = new long[4];
        int trusts = 0;
        for (int t = 0; t < population.trusts(); t++) {
            String code = SyntheticPatients.trustCode(t);
            try (Connection c = superuser(database)) {
                c.setAutoCommit(false);
                if (longRecords.loaded(c, code)) {
                    continue;
                }
                longRecords.clear(c, code);
                long[] n = longRecords.load(c, code, today);
                c.commit();
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += n[i];
                }
                trusts++;
            }
        }
        if (trusts == 0) {
            say("long records already loaded: " + longRecords.patients() + " patients a trust");
            return;
        }
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) medication_order, medication_order_version, clinic_session, slot, booking, clinical_note, note_version, observation");
        }
        say(String.format(Locale.ROOT, "loaded long and small records into %d trusts: %,d orders, %,d appointments, %,d notes and %,d observations", trusts,
                totals[0], totals[1], totals[2], totals[3]));
    }

    private void loadPatients() throws Exception {
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
                try (ResultSet r = s.executeQuery("SELECT to_regclass('public.patient') IS NOT NULL AND to_regclass('public.slot') IS NOT NULL"
                        + " AND to_regclass('public.medication_order') IS NOT NULL AND to_regclass('public.summary_dispatch') IS NOT NULL, to_regclass('public.trust') IS NOT NULL")) {
                    r.next();
                    if (r.getBoolean(1) && r.getBoolean(2)) {
                        try (ResultSet n = s.executeQuery("SELECT count(*) FROM trust WHERE ods_code LIKE 'RB__' AND ',' || modules || ',' LIKE '%,clinics,%'"
                                + " AND ',' || modules || ',' LIKE '%,medicines,%'")) {
                            n.next();
                            int trusts = n.getInt(1);
                            if (trusts >= population.trusts()) {
                                say("schema migrated and " + trusts + " bench trusts onboarded");
                                return;
                            }
                            last = trusts + " of " + population.trusts() + " bench trusts onboarded with the clinics and medicines modules";
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

    // ---- clinics -----------------------------------------------------------------------------------

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Loads the clinics of every bench trust that has none, another number of them, or less than 300 days of sessions ahead. */
    private void loadClinics() throws Exception {
        LocalDate today = LocalDate.now(UK);
        Map<String, Integer> clinicCounts = new HashMap<>();
        Map<String, LocalDate> lastSession = new HashMap<>();
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT trust, count(*) FROM clinic WHERE trust LIKE 'RB__' AND name <> '"
                    + SyntheticLongRecords.CLINIC_NAME + "' GROUP BY trust")) {
                while (r.next()) {
                    clinicCounts.put(r.getString(1), r.getInt(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT trust, max(session_date) FROM clinic_session WHERE trust LIKE 'RB__' GROUP BY trust")) {
                while (r.next()) {
                    lastSession.put(r.getString(1), r.getObject(2, LocalDate.class));
                }
            }
        }
        List<Integer> todo = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            String code = SyntheticPatients.trustCode(t);
            LocalDate last = lastSession.get(code);
            if (clinicCounts.getOrDefault(code, 0) != clinics.perTrust() || last == null || last.isBefore(today.plusDays(300))) {
                todo.add(t);
            }
        }
        if (todo.isEmpty()) {
            say("clinics already loaded: " + population.trusts() + " trusts x " + clinics.perTrust() + " clinics, sessions until "
                    + lastSession.values().stream().min(LocalDate::compareTo).orElse(null));
            return;
        }
        say("loading " + clinics.perTrust() + " clinics with a year of sessions and slots from " + today + " into each of "
                + todo.size() + " trusts");
        long start = System.nanoTime();
        long[] totals = new long[3];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<long[]>> jobs = new ArrayList<>();
            for (int t : todo) {
                String code = SyntheticPatients.trustCode(t);
                boolean replace = clinicCounts.containsKey(code) || lastSession.containsKey(code);
                jobs.add(pool.submit(() -> loadClinicTrust(code, replace, today)));
            }
            for (Future<long[]> job : jobs) {
                long[] n = job.get();
                for (int i = 0; i < 3; i++) {
                    totals[i] += n[i];
                }
            }
        } finally {
            pool.shutdown();
        }
        long loadedAt = System.nanoTime();
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) clinic, session_template, clinic_session, slot, booking");
        }
        say(String.format(Locale.ROOT, "loaded %,d sessions, %,d slots and %,d bookings in %.1f s, then VACUUM ANALYZE in %.1f s",
                totals[0], totals[1], totals[2], (loadedAt - start) / 1e9, (System.nanoTime() - loadedAt) / 1e9));
    }

    /** One trust's clinics, templates and sessions (COPY), slots and bookings (SQL), in one transaction. Returns sessions, slots, bookings. */
    private long[] loadClinicTrust(String code, boolean replace, LocalDate from) throws SQLException {
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            if (replace) {
                for (String table : List.of("booking", "slot", "clinic_session", "session_template", "clinic")) {
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE trust = ?")) {
                        d.setString(1, code);
                        d.executeUpdate();
                    }
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rows = new StringBuilder(1 << 16);
            clinics.appendClinicRows(rows, code);
            copy.copyIn("COPY clinic (" + SyntheticClinics.CLINIC_COLUMNS + ") FROM STDIN", new java.io.StringReader(rows.toString()));
            rows.setLength(0);
            clinics.appendTemplateRows(rows, code, from);
            copy.copyIn("COPY session_template (" + SyntheticClinics.TEMPLATE_COLUMNS + ") FROM STDIN", new java.io.StringReader(rows.toString()));
            rows.setLength(0);
            long sessions = clinics.appendSessionRows(rows, code, from);
            copy.copyIn("COPY clinic_session (" + SyntheticClinics.SESSION_COLUMNS + ") FROM STDIN", new java.io.StringReader(rows.toString()));
            long slots;
            try (PreparedStatement q = c.prepareStatement(SyntheticClinics.SLOTS_SQL)) {
                q.setString(1, code);
                slots = q.executeUpdate();
            }
            boolean withSlotEnd;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT 1 FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name = 'booking' AND column_name = 'slot_ends_at'")) {
                withSlotEnd = r.next();
            }
            long bookings;
            try (PreparedStatement q = c.prepareStatement(SyntheticClinics.bookingsSql(withSlotEnd))) {
                q.setString(1, code);
                q.setObject(2, from);
                q.setString(3, code);
                q.setObject(4, from);
                bookings = q.executeUpdate();
            }
            c.commit();
            say(String.format(Locale.ROOT, "  %s: %d clinics, %,d sessions, %,d slots, %,d bookings", code, clinics.perTrust(), sessions, slots, bookings));
            return new long[] {sessions, slots, bookings};
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /**
     * Removes the bookings earlier runs made through the API (everything not booked by the loader) and recounts
     * their slots, so every run starts from the loaded bookings. The recount is done here because the database's
     * trigger counts inserts and status changes, not deletions (the application never deletes a booking).
     */
    private void clearRunBookings() throws SQLException {
        long removed;
        long slots;
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE run_slots ON COMMIT DROP AS WITH d AS (DELETE FROM booking WHERE trust LIKE 'RB__'"
                        + " AND booked_by <> '" + SyntheticClinics.LOADER + "' RETURNING trust, slot_id) SELECT trust, slot_id, count(*) AS n FROM d GROUP BY 1, 2");
                try (ResultSet r = s.executeQuery("SELECT coalesce(sum(n), 0), count(*) FROM run_slots")) {
                    r.next();
                    removed = r.getLong(1);
                    slots = r.getLong(2);
                }
                s.executeUpdate("UPDATE slot s SET booked = (SELECT count(*) FROM booking b WHERE b.trust = s.trust AND b.slot_id = s.id"
                        + " AND b.status IN " + SyntheticClinics.HOLDING + ") FROM run_slots r WHERE s.trust = r.trust AND s.id = r.slot_id");
            }
            c.commit();
        }
        if (removed > 0) {
            try (Connection c = superuser(database); Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE) slot, booking");
            }
            say(String.format(Locale.ROOT, "removed the %,d bookings earlier runs made (%,d slots recounted)", removed, slots));
        }
    }

    // ---- medicines ---------------------------------------------------------------------------------

    /**
     * Loads the medicines ({@link SyntheticMedicines}) of every bench trust whose loaded orders or allergies are not
     * the generator's: that trust's orders, versions, queries and allergies are replaced, one transaction per trust.
     */
    private void loadMedicines() throws Exception {
        Map<String, long[]> loaded = new HashMap<>();
        SyntheticMedicines.Release kb;
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) { // the server installs the shipped knowledge base when the platform is ready, maybe after onboarding
            try (Connection c = superuser(database); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM kb_release WHERE live")) {
                r.next();
                if (r.getLong(1) > 0 || System.currentTimeMillis() > deadline) {
                    break;
                }
            }
            Thread.sleep(1000);
        }
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            kb = SyntheticMedicines.live(c);
            try (ResultSet r = s.executeQuery("SELECT trust, count(*) FROM medication_order WHERE trust LIKE 'RB__' AND prescribed_by = '"
                    + SyntheticMedicines.LOADER + "' GROUP BY trust")) {
                while (r.next()) {
                    loaded.computeIfAbsent(r.getString(1), k -> new long[2])[0] = r.getLong(2);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT trust, count(*) FROM allergy WHERE trust LIKE 'RB__' AND recorded_by = '"
                    + SyntheticMedicines.LOADER + "' GROUP BY trust")) {
                while (r.next()) {
                    loaded.computeIfAbsent(r.getString(1), k -> new long[2])[1] = r.getLong(2);
                }
            }
        }
        List<Integer> todo = new ArrayList<>();
        for (int t = 0; t < population.trusts(); t++) {
            long[] n = loaded.getOrDefault(SyntheticPatients.trustCode(t), new long[2]);
            if (n[0] != medicines.ordersOf(t) || n[1] != medicines.allergiesOf(t)) {
                todo.add(t);
            }
        }
        if (todo.isEmpty()) {
            say("medicines already loaded: " + population.trusts() + " trusts, " + medicines.patients() + " patients each with 0-25 orders");
            return;
        }
        say("loading medication orders (0-25 for each of " + medicines.patients() + " patients) and allergies into each of " + todo.size()
                + " trusts; " + kb.products().size() + " products of " + kb.kbVersion());
        long start = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long[] totals = new long[3];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<long[]>> jobs = new ArrayList<>();
            for (int t : todo) {
                jobs.add(pool.submit(() -> loadMedicinesTrust(t, kb, now)));
            }
            for (Future<long[]> job : jobs) {
                long[] n = job.get();
                for (int i = 0; i < 3; i++) {
                    totals[i] += n[i];
                }
            }
        } finally {
            pool.shutdown();
        }
        long loadedAt = System.nanoTime();
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE) medication_order, medication_order_version, order_query, allergy");
        }
        say(String.format(Locale.ROOT, "loaded %,d orders (%,d awaiting verification) and %,d allergy entries in %.1f s, then VACUUM ANALYZE in %.1f s",
                totals[0], totals[1], totals[2], (loadedAt - start) / 1e9, (System.nanoTime() - loadedAt) / 1e9));
    }

    /** One trust's medicines: earlier rows removed, orders, versions and allergies COPYed. Returns orders, awaiting, allergies. */
    private long[] loadMedicinesTrust(int t, SyntheticMedicines.Release kb, Instant now) throws SQLException {
        String code = SyntheticPatients.trustCode(t);
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            for (String table : List.of("order_query", "medication_order_version", "medication_order", "allergy")) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE trust = ?")) {
                    d.setString(1, code);
                    d.executeUpdate();
                }
            }
            StringBuilder orders = new StringBuilder(1 << 20);
            StringBuilder versions = new StringBuilder(1 << 22);
            medicines.appendOrders(orders, versions, t, population, kb, now);
            StringBuilder allergies = new StringBuilder(1 << 16);
            medicines.appendAllergies(allergies, t, population, kb, now);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            long n = copy.copyIn("COPY medication_order (" + SyntheticMedicines.ORDER_COLUMNS + ") FROM STDIN", new java.io.StringReader(orders.toString()));
            copy.copyIn("COPY medication_order_version (" + SyntheticMedicines.VERSION_COLUMNS + ") FROM STDIN", new java.io.StringReader(versions.toString()));
            long a = copy.copyIn("COPY allergy (" + SyntheticMedicines.ALLERGY_COLUMNS + ") FROM STDIN", new java.io.StringReader(allergies.toString()));
            long awaiting;
            try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM medication_order WHERE trust = ? AND status = 'AWAITING_VERIFICATION'")) {
                q.setString(1, code);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    awaiting = r.getLong(1);
                }
            }
            c.commit();
            say(String.format(Locale.ROOT, "  %s: %,d orders (%,d awaiting verification), %,d allergy entries", code, n, awaiting, a));
            return new long[] {n, awaiting, a};
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the medicines back as loaded: removes the orders earlier runs prescribed through the API (with their versions
     * and any queries), and returns the loaded orders a bench pharmacist verified to awaiting verification.
     */
    private void clearRunOrders() throws SQLException {
        long removed;
        long unverified;
        try (Connection c = superuser(database)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                String runOrders = "SELECT trust, id FROM medication_order WHERE trust LIKE 'RB__' AND prescribed_by NOT IN ('" + SyntheticMedicines.LOADER + "', '"
                        + SyntheticLongRecords.LOADER + "')";
                s.executeUpdate("DELETE FROM order_query WHERE trust LIKE 'RB__'");
                s.executeUpdate("DELETE FROM medication_order_version WHERE trust LIKE 'RB__' AND (trust, order_id) IN (" + runOrders + ")");
                removed = s.executeUpdate("DELETE FROM medication_order WHERE trust LIKE 'RB__' AND (trust, id) IN (" + runOrders + ")");
                unverified = s.executeUpdate("UPDATE medication_order o SET status = 'AWAITING_VERIFICATION', awaiting_since = v.prescribed_at, version = 1"
                        + " FROM medication_order_version v WHERE v.trust = o.trust AND v.order_id = o.id AND v.number = o.current_version"
                        + " AND o.trust LIKE 'RB__' AND v.verified_by IS NOT NULL AND v.verified_by <> '" + SyntheticMedicines.LOADER_PHARMACIST + "'");
                s.executeUpdate("UPDATE medication_order_version SET verification = 'AWAITING', verified_by = NULL, verified_at = NULL,"
                        + " verification_note = NULL, verification_screening = NULL WHERE trust LIKE 'RB__' AND verified_by IS NOT NULL"
                        + " AND verified_by <> '" + SyntheticMedicines.LOADER_PHARMACIST + "'");
            }
            c.commit();
        }
        if (removed + unverified > 0) {
            try (Connection c = superuser(database); Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE) medication_order, medication_order_version");
            }
            say(String.format(Locale.ROOT, "removed the %,d orders earlier runs prescribed; %,d loaded orders they verified await verification again",
                    removed, unverified));
        }
    }

    /** What the database holds after a clinic run; every count but the last three must be 0. */
    public record BookingIntegrity(long overCapacity, long countDiffers, long patientTwiceInSlot, long lost, long notAsAcknowledged,
                                   long runBookings, long runBookingsHoldingPlace, long slots) {
    }

    /**
     * Counts, over the bench trusts: slots holding more bookings than their capacity; slots whose {@code booked}
     * differs from the number of bookings holding a place in them; patients holding two places in one slot; of
     * the bookings the benchmark was answered 201 Created for (trust, id, slot, patient), those not in the booking
     * table (lost) and those there with another slot or patient or not holding a place; and the bookings in the
     * table made through the API since the run's start (earlier runs' are removed by {@code load}).
     */
    public static BookingIntegrity bookingIntegrity(List<String> trusts, List<UUID> ids, List<UUID> slots, List<UUID> patients) throws SQLException {
        try (Connection c = superuser(BenchConfig.databaseName())) {
            long overCapacity;
            long countDiffers;
            long slotCount;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FILTER (WHERE coalesce(b.n, 0) > s.capacity), count(*) FILTER (WHERE s.booked <> coalesce(b.n, 0)), count(*)"
                            + " FROM slot s LEFT JOIN (SELECT trust, slot_id, count(*) AS n FROM booking WHERE status IN " + SyntheticClinics.HOLDING
                            + " GROUP BY trust, slot_id) b ON b.trust = s.trust AND b.slot_id = s.id WHERE s.trust LIKE 'RB__'")) {
                r.next();
                overCapacity = r.getLong(1);
                countDiffers = r.getLong(2);
                slotCount = r.getLong(3);
            }
            long twice;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM (SELECT 1 FROM booking WHERE trust LIKE 'RB__' AND status IN " + SyntheticClinics.HOLDING
                            + " GROUP BY trust, slot_id, patient_id HAVING count(*) > 1) x")) {
                r.next();
                twice = r.getLong(1);
            }
            long lost;
            long other;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT count(*) FILTER (WHERE b.id IS NULL), count(*) FILTER (WHERE b.id IS NOT NULL AND (b.slot_id <> r.slot"
                            + " OR b.patient_id <> r.patient OR b.status NOT IN " + SyntheticClinics.HOLDING + "))"
                            + " FROM unnest(?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[]) AS r(trust, id, slot, patient)"
                            + " LEFT JOIN booking b ON b.trust = r.trust AND b.id = r.id")) {
                q.setArray(1, c.createArrayOf("varchar", trusts.toArray()));
                q.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                q.setArray(3, c.createArrayOf("uuid", slots.toArray()));
                q.setArray(4, c.createArrayOf("uuid", patients.toArray()));
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    lost = r.getLong(1);
                    other = r.getLong(2);
                }
            }
            long run;
            long runHolding;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE status IN " + SyntheticClinics.HOLDING + ") FROM booking WHERE trust LIKE 'RB__'"
                            + " AND booked_by <> '" + SyntheticClinics.LOADER + "'")) {
                r.next();
                run = r.getLong(1);
                runHolding = r.getLong(2);
            }
            return new BookingIntegrity(overCapacity, countDiffers, twice, lost, other, run, runHolding, slotCount);
        }
    }
}
