package org.openepr.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Patients whose records are long, for the case record summary's benchmark: in each bench trust, the
 * {@code summary.long.patients} (default 3) patients right after the medicines patients each get
 * {@code summary.long.orders} (default 300) current medication orders (copies of one of the trust's loaded, verified
 * orders, one a day back in time) and {@code summary.long.appointments} (default 500) appointments in a clinic of
 * their own ("Long records"): one a day, 400 days back (attended, one in five did not attend) to 99 days ahead
 * (booked). The same number of patients just before them ({@code perTrust - 1 - i}) are the small records (the usual
 * 0-25 orders, no appointments). Each long record also has {@code summary.long.notes} (default 2,000) clinical notes,
 * one every 6 hours back in time (one in 20 a draft, the rest validated with their signed version), and
 * {@code summary.long.observations} (default 1,000) observations, one every 8 hours back, the vital signs in turn
 * (weight, blood pressure, pulse, temperature, oxygen saturation), all loaded with COPY.
 * Written as the loaders ({@code bench-loader}), so the runs' clean-up keeps them.
 */
final class SyntheticLongRecords {

    static final String CLINIC_NAME = "Long records";
    /** Who "prescribed" the long records' copied orders. */
    static final String LOADER = "bench-long-records";

    /** How much a record holds: added orders, appointments (past and ahead), notes, observations. */
    record Size(int orders, int appointments, int notes, int observations) {
    }

    private final int patients = BenchConfig.integer("summary.long.patients", 3);
    private final Size longSize = new Size(BenchConfig.integer("summary.long.orders", 300), BenchConfig.integer("summary.long.appointments", 500),
            BenchConfig.integer("summary.long.notes", 2000), BenchConfig.integer("summary.long.observations", 1000));
    /**
     * A small record: the few orders the medicines data gave it, and just enough of the rest to fill each summary panel's
     * first page (10 notes shown, 30 chart points, 5 appointments each way), so that long against small compares a record's
     * length and not a full panel against an empty one.
     */
    private final Size smallSize = new Size(0, BenchConfig.integer("summary.small.appointments", 12), BenchConfig.integer("summary.small.notes", 12),
            BenchConfig.integer("summary.small.observations", 40));
    private final int medicinesPatients = BenchConfig.integer("medicines.patients", 1000);

    int patients() {
        return patients;
    }

    /** The long records' patients of a trust: those right after the medicines patients, by NHS number. */
    static List<UUID> longPatients(Connection c, String trust, int offset, int count) throws SQLException {
        return ids(c, "SELECT id FROM patient WHERE trust = ? ORDER BY nhs_number OFFSET ? LIMIT ?", trust, offset, count);
    }

    /** The small records' patients of a trust: the first medicines patients (a few current orders, no appointments). */
    static List<UUID> smallPatients(Connection c, String trust, int count) throws SQLException {
        return ids(c, "SELECT id FROM patient WHERE trust = ? ORDER BY nhs_number OFFSET 0 LIMIT ?", trust, count);
    }

    List<UUID> longPatients(Connection c, String trust) throws SQLException {
        return longPatients(c, trust, medicinesPatients, patients);
    }

    /** The long records of a trust for a simulation; refused if the trust's were never loaded (a run without the loader). */
    List<UUID> requireLongPatients(Connection c, String trust) throws SQLException {
        if (!loaded(c, trust)) {
            throw new IllegalStateException(trust + " has no long records: run ./epr bench without --no-build once, or BenchData load");
        }
        return longPatients(c, trust);
    }

    private static List<UUID> ids(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            List<UUID> found = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    found.add(r.getObject(1, UUID.class));
                }
            }
            return found;
        }
    }

    /** Has this trust its long and small records, whole (the clinic's bookings and the patients' orders, notes, observations)? */
    boolean loaded(Connection c, String trust) throws SQLException {
        List<UUID> small = smallPatients(c, trust, patients);
        return small.size() == patients && loaded(c, trust, longPatients(c, trust), longSize) && loaded(c, trust, small, smallSize);
    }

    private boolean loaded(Connection c, String trust, List<UUID> who, Size size) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT (SELECT count(*) FROM booking b JOIN clinic k ON k.trust = b.trust AND k.id = b.clinic_id"
                + " WHERE k.trust = ? AND k.name = ? AND b.patient_id = ANY (?)), (SELECT count(*) FROM medication_order WHERE trust = ? AND patient_id = ANY (?)),"
                + " (SELECT count(*) FROM clinical_note WHERE trust = ? AND patient_id = ANY (?)), (SELECT count(*) FROM observation WHERE trust = ? AND patient_id = ANY (?))")) {
            java.sql.Array ids = c.createArrayOf("uuid", who.toArray());
            q.setString(1, trust);
            q.setString(2, CLINIC_NAME);
            q.setArray(3, ids);
            q.setString(4, trust);
            q.setArray(5, ids);
            q.setString(6, trust);
            q.setArray(7, ids);
            q.setString(8, trust);
            q.setArray(9, ids);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return who.size() == patients && r.getLong(1) == (long) patients * size.appointments() && r.getLong(2) >= (long) patients * size.orders()
                        && r.getLong(3) >= (long) patients * size.notes() && r.getLong(4) == (long) patients * size.observations();
            }
        }
    }

    /** Removes what there is of a trust's long and small records (a half-loaded or older set), in the caller's transaction. */
    void clear(Connection c, String trust) throws SQLException {
        List<UUID> who = longPatients(c, trust);
        List<UUID> small = smallPatients(c, trust, patients);
        String clinic = "(SELECT id FROM clinic WHERE trust = ? AND name = '" + CLINIC_NAME + "')";
        exec(c, "DELETE FROM booking WHERE trust = ? AND clinic_id IN " + clinic, trust, trust);
        exec(c, "DELETE FROM slot WHERE trust = ? AND clinic_id IN " + clinic, trust, trust);
        exec(c, "DELETE FROM clinic_session WHERE trust = ? AND clinic_id IN " + clinic, trust, trust);
        exec(c, "DELETE FROM session_template WHERE trust = ? AND clinic_id IN " + clinic, trust, trust);
        exec(c, "DELETE FROM clinic WHERE trust = ? AND name = ?", trust, CLINIC_NAME);
        try (PreparedStatement q = c.prepareStatement("DELETE FROM medication_order_version WHERE trust = ? AND order_id IN"
                + " (SELECT id FROM medication_order WHERE trust = ? AND patient_id = ANY (?))")) {
            q.setString(1, trust);
            q.setString(2, trust);
            q.setArray(3, c.createArrayOf("uuid", who.toArray()));
            q.executeUpdate();
        }
        // the small records keep the orders the medicines data gave them: only what this class added goes
        clearNotesAndObservations(c, trust, small);
        try (PreparedStatement q = c.prepareStatement("DELETE FROM medication_order WHERE trust = ? AND patient_id = ANY (?)")) {
            q.setString(1, trust);
            q.setArray(2, c.createArrayOf("uuid", who.toArray()));
            q.executeUpdate();
        }
        clearNotesAndObservations(c, trust, who);
    }

    private static void clearNotesAndObservations(Connection c, String trust, List<UUID> who) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM note_version WHERE trust = ? AND note_id IN (SELECT id FROM clinical_note WHERE trust = ? AND patient_id = ANY (?))",
                "DELETE FROM draft_save WHERE trust = ? AND note_id IN (SELECT id FROM clinical_note WHERE trust = ? AND patient_id = ANY (?))",
                "DELETE FROM clinical_note WHERE trust = ? AND patient_id = ANY (?)",
                "DELETE FROM observation WHERE trust = ? AND patient_id = ANY (?)")) {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int i = 1;
                q.setString(i++, trust);
                if (sql.contains("IN (SELECT")) {
                    q.setString(i++, trust);
                }
                q.setArray(i, c.createArrayOf("uuid", who.toArray()));
                q.executeUpdate();
            }
        }
    }

    /** Writes one trust's long and small records in the caller's transaction; returns [orders, appointments, notes, observations]. */
    long[] load(Connection c, String trust, LocalDate today) throws SQLException {
        long[] made = load(c, trust, today, longPatients(c, trust), longSize);
        long[] small = load(c, trust, today, smallPatients(c, trust, patients), smallSize);
        for (int i = 0; i < made.length; i++) {
            made[i] += small[i];
        }
        return made;
    }

    private long[] load(Connection c, String trust, LocalDate today, List<UUID> who, Size size) throws SQLException {
        long madeOrders = 0;
        long madeAppointments = 0;
        long madeNotes = 0;
        long madeObservations = 0;
        UUID noteType = noteType(c, trust);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID template = template(c, trust);
        UUID clinic = clinic(c, trust);
        for (UUID patient : who) {
            if (template != null && size.orders() > 0) {
                madeOrders += copiesOfOrder(c, trust, template, patient, size.orders());
            }
            madeAppointments += appointments(c, trust, clinic, patient, today, size.appointments());
            madeNotes += notes(copy, trust, noteType, patient, now, size.notes());
            madeObservations += observations(copy, trust, patient, now, size.observations());
        }
        return new long[] {madeOrders, madeAppointments, madeNotes, madeObservations};
    }

    /** The trust's "Long records" clinic, made the first time. */
    private static UUID clinic(Connection c, String trust) throws SQLException {
        List<UUID> found = ids(c, "SELECT id FROM clinic WHERE trust = ? AND name = ?", trust, CLINIC_NAME);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        UUID clinic = UUID.randomUUID();
        exec(c, "INSERT INTO clinic (trust, id, name, service, location, clinicians, version) VALUES (?, ?, ?, 'Memory Service', 'Bench', 'Dr Long', 1)",
                trust, clinic, CLINIC_NAME);
        return clinic;
    }

    static final String NOTE_TYPE = "Bench note";
    static final String NOTE_COLUMNS = "trust, id, patient_id, note_type_id, status, revision, draft_text, author, created_at, last_saved_by, last_saved_at, validated_at";
    static final String VERSION_COLUMNS = "trust, id, note_id, number, revision, text, reason, signed_by, signed_at";
    static final String OBSERVATION_COLUMNS = "trust, id, patient_id, kind, value, diastolic, taken_at, set_id, recorded_by, recorded_at, version";

    /** The trust's bench note type (a name of its own: the trust's usual types are the application's to set up). */
    static UUID noteType(Connection c, String trust) throws SQLException {
        List<UUID> found = ids(c, "SELECT id FROM note_type WHERE trust = ? AND name = ?", trust, NOTE_TYPE);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        UUID id = UUID.randomUUID();
        exec(c, "INSERT INTO note_type (trust, id, name, position, retired, version) VALUES (?, ?, ?, 99, false, 0)", trust, id, NOTE_TYPE);
        return id;
    }

    /** The patient's notes, one every 6 hours back from now: one in 20 a draft, the others validated with their version. */
    private static long notes(CopyManager copy, String trust, UUID noteType, UUID patient, Instant now, int notes) throws SQLException {
        StringBuilder noteRows = new StringBuilder(notes * 256);
        StringBuilder versionRows = new StringBuilder(notes * 256);
        for (int g = 1; g <= notes; g++) {
            UUID id = UUID.randomUUID();
            Instant at = now.minus(6L * g, ChronoUnit.HOURS);
            String text = "Bench note " + g + ": seen at home, mental state stable.\\nPlan: review in two weeks.";
            boolean draft = g % 20 == 0;
            noteRows.append(trust).append('\t').append(id).append('\t').append(patient).append('\t').append(noteType).append('\t')
                    .append(draft ? "DRAFT" : "VALIDATED").append('\t').append(draft ? 1 : 2).append('\t').append(draft ? text : "\\N").append('\t')
                    .append(SyntheticPatients.LOADER).append('\t').append(at.minusSeconds(600)).append('\t').append(SyntheticPatients.LOADER).append('\t')
                    .append(at).append('\t').append(draft ? "\\N" : at.toString()).append('\n');
            if (!draft) {
                versionRows.append(trust).append('\t').append(UUID.randomUUID()).append('\t').append(id).append("\t1\t2\t").append(text)
                        .append("\t\\N\t").append(SyntheticPatients.LOADER).append('\t').append(at).append('\n');
            }
        }
        try {
            long made = copy.copyIn("COPY clinical_note (" + NOTE_COLUMNS + ") FROM STDIN", new StringReader(noteRows.toString()));
            copy.copyIn("COPY note_version (" + VERSION_COLUMNS + ") FROM STDIN", new StringReader(versionRows.toString()));
            return made;
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** The patient's observations, one every 8 hours back from now, the signs in turn, with plausible values. */
    private static long observations(CopyManager copy, String trust, UUID patient, Instant now, int observations) throws SQLException {
        String[] kinds = {"BODY_WEIGHT", "BLOOD_PRESSURE", "PULSE", "TEMPERATURE", "OXYGEN_SATURATION"};
        StringBuilder rows = new StringBuilder(observations * 160);
        for (int g = 1; g <= observations; g++) {
            String kind = kinds[g % kinds.length];
            Instant at = now.minus(8L * g, ChronoUnit.HOURS);
            String value = switch (kind) {
                case "BODY_WEIGHT" -> String.format(java.util.Locale.ROOT, "%.1f", 70 + 8 * Math.sin(g / 90.0));
                case "BLOOD_PRESSURE" -> String.valueOf(115 + g % 30);
                case "PULSE" -> String.valueOf(60 + g % 35);
                case "TEMPERATURE" -> String.format(java.util.Locale.ROOT, "%.1f", 36.2 + (g % 10) / 10.0);
                default -> String.valueOf(93 + g % 7);
            };
            rows.append(trust).append('\t').append(UUID.randomUUID()).append('\t').append(patient).append('\t').append(kind).append('\t')
                    .append(value).append('\t').append("BLOOD_PRESSURE".equals(kind) ? String.valueOf(70 + g % 15) : "\\N").append('\t')
                    .append(at).append('\t').append(UUID.randomUUID()).append('\t').append(SyntheticPatients.LOADER).append('\t').append(at)
                    .append("\t0\n");
        }
        try {
            return copy.copyIn("COPY observation (" + OBSERVATION_COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** One of the trust's loaded orders, verified, with one version: the one copied. */
    private static UUID template(Connection c, String trust) throws SQLException {
        List<UUID> found = ids(c, "SELECT o.id FROM medication_order o WHERE o.trust = ? AND o.status = 'VERIFIED' AND o.current_version = 1"
                + " AND o.prescribed_by = ? ORDER BY o.id LIMIT 1", trust, SyntheticMedicines.LOADER);
        return found.isEmpty() ? null : found.get(0);
    }

    private static long copiesOfOrder(Connection c, String trust, UUID template, UUID patient, int orders) throws SQLException {
        String orderColumns = SyntheticMedicines.ORDER_COLUMNS;
        String versionColumns = SyntheticMedicines.VERSION_COLUMNS;
        String orderValues = Arrays.stream(orderColumns.split(",")).map(String::strip).map(col -> switch (col) {
            case "id" -> "n.oid";
            case "patient_id" -> "?::uuid";
            case "submission_id" -> "gen_random_uuid()";
            case "awaiting_since" -> "o.awaiting_since - n.g * interval '1 day'";
            // not the medicines loader's: its count of loaded orders tells BenchData whether to reload them
            case "prescribed_by" -> "'" + LOADER + "'";
            default -> "o." + col;
        }).collect(Collectors.joining(", "));
        String versionValues = Arrays.stream(versionColumns.split(",")).map(String::strip).map(col -> switch (col) {
            case "id" -> "gen_random_uuid()";
            case "order_id" -> "n.oid";
            default -> "v." + col;
        }).collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE long_orders ON COMMIT DROP AS SELECT g, gen_random_uuid() AS oid FROM generate_series(1, " + orders + ") g");
        }
        exec(c, "INSERT INTO medication_order (" + orderColumns + ") SELECT " + orderValues + " FROM long_orders n, medication_order o"
                + " WHERE o.trust = ? AND o.id = ?", patient, trust, template);
        long made;
        try (PreparedStatement q = c.prepareStatement("INSERT INTO medication_order_version (" + versionColumns + ") SELECT " + versionValues
                + " FROM long_orders n, medication_order_version v WHERE v.trust = ? AND v.order_id = ? AND v.number = 1")) {
            q.setString(1, trust);
            q.setObject(2, template);
            made = q.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE long_orders");
        }
        return made;
    }

    /** A template, a session a day, a slot per session and a booking per slot for the patient; past ones with an outcome. */
    private static long appointments(Connection c, String trust, UUID clinic, UUID patient, LocalDate today, int appointments) throws SQLException {
        UUID template = UUID.randomUUID();
        // a long record: up to 400 days back, the rest ahead; a small one: half back, half ahead
        int back = appointments >= 100 ? Math.min(400, appointments - 1) : appointments / 2;
        LocalDate first = today.minusDays(back);
        exec(c, "INSERT INTO session_template (trust, id, clinic_id, weekday, starts_at, ends_at, slot_minutes, capacity, appointment_type,"
                + " clinician, effective_from) VALUES (?, ?, ?, 'MONDAY', '09:00', '09:30', 30, 1, 'FOLLOW_UP', 'Dr Long', ?)", trust, template, clinic, first);
        String days = "SELECT ?::date + g AS day, g FROM generate_series(0, " + (appointments - 1) + ") g";
        exec(c, "INSERT INTO clinic_session (trust, id, clinic_id, template_id, session_date, starts_at, ends_at, clinician, status, version)"
                + " SELECT ?, gen_random_uuid(), ?, ?, d.day, '09:00', '09:30', 'Dr Long', 'SCHEDULED', 1 FROM (" + days + ") d",
                trust, clinic, template, first);
        exec(c, "INSERT INTO slot (trust, id, clinic_id, session_id, clinician, service, appointment_type, starts_at, ends_at, capacity, status)"
                + " SELECT s.trust, gen_random_uuid(), s.clinic_id, s.id, 'Dr Long', 'Memory Service', 'FOLLOW_UP', s.session_date + s.starts_at,"
                + " s.session_date + s.ends_at, 1, 'AVAILABLE' FROM clinic_session s WHERE s.trust = ? AND s.template_id = ?", trust, template);
        try (PreparedStatement q = c.prepareStatement("INSERT INTO booking (trust, id, slot_id, clinic_id, patient_id, appointment_type, status,"
                + " slot_starts_at, slot_ends_at, booked_at, booked_by, outcome_at, version)"
                + " SELECT s.trust, gen_random_uuid(), s.id, s.clinic_id, ?::uuid, 'FOLLOW_UP',"
                + " CASE WHEN s.starts_at >= ?::date THEN 'BOOKED' WHEN extract(doy FROM s.starts_at)::int % 5 = 0 THEN 'DID_NOT_ATTEND' ELSE 'ATTENDED' END,"
                + " s.starts_at, s.ends_at, s.starts_at - interval '14 days', ?, CASE WHEN s.starts_at >= ?::date THEN NULL ELSE s.starts_at + interval '20 minutes' END, 1"
                + " FROM slot s JOIN clinic_session cs ON cs.trust = s.trust AND cs.id = s.session_id WHERE s.trust = ? AND cs.template_id = ?")) {
            q.setObject(1, patient);
            q.setObject(2, today);
            q.setString(3, SyntheticClinics.LOADER);
            q.setObject(4, today);
            q.setString(5, trust);
            q.setObject(6, template);
            return q.executeUpdate();
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.executeUpdate();
        }
    }
}
