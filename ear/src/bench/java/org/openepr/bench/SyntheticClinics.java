package org.openepr.bench;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.openepr.clinics.domain.BankHolidays;

/**
 * The benchmark's clinics: {@code clinics} per bench trust (default 40), each with two weekly session templates
 * (a morning of new patients, an afternoon of follow-ups, 3 hours of 30-minute slots for one patient), and one
 * clinic in eight running its follow-up afternoon as a group session (three 60-minute slots for 8 patients).
 * Sessions are made for 52 weeks (364 days) from the load date, skipping England and Wales bank holidays
 * ({@link BankHolidays}, the application's own rules). Clinics, templates and sessions have deterministic ids
 * and are COPYed from here; slots are made by the database from the sessions ({@link #SLOTS_SQL}), and so are
 * the bookings already on the books at the start ({@link #bookingsSql}).
 */
public final class SyntheticClinics {

    /** {@code booked_by} of the bookings loaded with the data; bookings made through the API carry the user. */
    public static final String LOADER = SyntheticPatients.LOADER;
    public static final int DAYS = 364;
    /** The group-session clinics: clinic c with c % GROUP_EVERY == GROUP_EVERY - 1. */
    public static final int GROUP_EVERY = 8;

    private static final String[] SERVICES = {
        "Cardiology", "Dermatology", "Diabetes", "Ear, Nose and Throat", "Gastroenterology", "Gynaecology", "Haematology",
        "Neurology", "Ophthalmology", "Trauma and Orthopaedics", "Paediatrics", "Respiratory Medicine", "Rheumatology",
        "Urology", "Nephrology", "Medical Oncology", "Endocrinology", "Physiotherapy", "Pain Management", "Vascular Surgery"};
    private static final String[] CLINICIANS = {
        "Dr Adebayo", "Dr Bhatt", "Dr Carver", "Dr Dunmore", "Dr Ellison", "Dr Fairweather", "Dr Gupta", "Dr Hargreaves",
        "Dr Iqbal", "Dr Jessop", "Dr Kavanagh", "Dr Lindqvist", "Dr Mahmood", "Dr Nightingale", "Dr O'Connell", "Dr Pritchard",
        "Dr Quayle", "Dr Rafferty", "Dr Sandhu", "Dr Thornton", "Dr Umeh", "Dr Varma", "Dr Whitfield", "Dr Yeung",
        "Sister Abbott", "Sister Brennan", "Nurse Consultant Cole", "Nurse Consultant Dhillon"};
    private static final String WINGS = "ABCDEFGH";

    private final int clinics;

    public SyntheticClinics(int clinics) {
        if (clinics < 1 || clinics > 200) {
            throw new IllegalArgumentException("1..200 clinics per trust");
        }
        this.clinics = clinics;
    }

    public static SyntheticClinics fromConfig() {
        return new SyntheticClinics(BenchConfig.integer("clinics", 40));
    }

    public int perTrust() {
        return clinics;
    }

    public record Clinic(UUID id, String name, String service, String location, List<String> clinicians) {
    }

    public record Template(UUID id, UUID clinicId, DayOfWeek weekday, LocalTime startsAt, LocalTime endsAt, int slotMinutes,
                           int capacity, String type, String clinician) {

        int slotsPerSession() {
            return (int) (java.time.Duration.between(startsAt, endsAt).toMinutes() / slotMinutes);
        }
    }

    static UUID id(String kind, String trust, Object... parts) {
        StringBuilder s = new StringBuilder("openepr-bench ").append(kind).append(' ').append(trust);
        for (Object p : parts) {
            s.append(' ').append(p);
        }
        return UUID.nameUUIDFromBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Clinic {@code c} (0-based) of a bench trust. */
    public Clinic clinic(String trust, int c) {
        int t = Integer.parseInt(trust.substring(2)) - 1;
        String service = SERVICES[c % SERVICES.length];
        String name = service + " clinic " + (c / SERVICES.length + 1);
        String location = "Outpatients " + WINGS.charAt(c % WINGS.length()) + ", room " + (c + 1);
        List<String> who = List.of(CLINICIANS[(t * 7 + c * 2) % CLINICIANS.length], CLINICIANS[(t * 7 + c * 2 + 1) % CLINICIANS.length]);
        return new Clinic(id("clinic", trust, c), name, service, location, who);
    }

    public static boolean isGroupClinic(int c) {
        return c % GROUP_EVERY == GROUP_EVERY - 1;
    }

    /** Mornings 09:00-12:00 of new patients on weekday c, afternoons 13:30-16:30 of follow-ups two weekdays later. */
    public List<Template> templates(String trust, int c) {
        Clinic clinic = clinic(trust, c);
        Template morning = new Template(id("template", trust, c, 0), clinic.id(), DayOfWeek.of(1 + c % 5), LocalTime.of(9, 0),
                LocalTime.of(12, 0), 30, 1, "NEW", clinic.clinicians().get(0));
        Template afternoon = isGroupClinic(c)
                ? new Template(id("template", trust, c, 1), clinic.id(), DayOfWeek.of(1 + (c + 2) % 5), LocalTime.of(13, 30),
                        LocalTime.of(16, 30), 60, 8, "FOLLOW_UP", clinic.clinicians().get(1))
                : new Template(id("template", trust, c, 1), clinic.id(), DayOfWeek.of(1 + (c + 2) % 5), LocalTime.of(13, 30),
                        LocalTime.of(16, 30), 30, 1, "FOLLOW_UP", clinic.clinicians().get(1));
        return List.of(morning, afternoon);
    }

    // ---- COPY rows (text format; no value holds a tab, newline or backslash) -------------------------

    public static final String CLINIC_COLUMNS = "trust, id, name, service, location, clinicians, version";
    public static final String TEMPLATE_COLUMNS = "trust, id, clinic_id, weekday, starts_at, ends_at, slot_minutes, capacity, "
            + "appointment_type, clinician, effective_from, effective_to";
    public static final String SESSION_COLUMNS = "trust, id, clinic_id, template_id, session_date, starts_at, ends_at, clinician, "
            + "status, cancel_reason, version";

    public void appendClinicRows(StringBuilder out, String trust) {
        for (int c = 0; c < clinics; c++) {
            Clinic k = clinic(trust, c);
            out.append(trust).append('\t').append(k.id()).append('\t').append(k.name()).append('\t').append(k.service()).append('\t')
                    .append(k.location()).append('\t').append(String.join(", ", k.clinicians())).append("\t1\n");
        }
    }

    public void appendTemplateRows(StringBuilder out, String trust, LocalDate from) {
        for (int c = 0; c < clinics; c++) {
            for (Template t : templates(trust, c)) {
                out.append(trust).append('\t').append(t.id()).append('\t').append(t.clinicId()).append('\t').append(t.weekday().name())
                        .append('\t').append(t.startsAt()).append('\t').append(t.endsAt()).append('\t').append(t.slotMinutes())
                        .append('\t').append(t.capacity()).append('\t').append(t.type()).append('\t').append(t.clinician())
                        .append('\t').append(from).append("\t\\N\n");
            }
        }
    }

    /** Every template's sessions on its weekday from {@code from} for {@link #DAYS} days, bank holidays left out. Returns how many. */
    public int appendSessionRows(StringBuilder out, String trust, LocalDate from) {
        int n = 0;
        for (int c = 0; c < clinics; c++) {
            for (Template t : templates(trust, c)) {
                LocalDate day = from;
                while (day.getDayOfWeek() != t.weekday()) {
                    day = day.plusDays(1);
                }
                for (; day.isBefore(from.plusDays(DAYS)); day = day.plusWeeks(1)) {
                    if (BankHolidays.isBankHoliday(day)) {
                        continue;
                    }
                    out.append(trust).append('\t').append(id("session", trust, t.id(), day)).append('\t').append(t.clinicId()).append('\t')
                            .append(t.id()).append('\t').append(day).append('\t').append(t.startsAt()).append('\t').append(t.endsAt())
                            .append('\t').append(t.clinician()).append("\tSCHEDULED\t\\N\t1\n");
                    n++;
                }
            }
        }
        return n;
    }

    // ---- SQL ---------------------------------------------------------------------------------------

    /** The slots of one trust's sessions: each session cut into its template's slot length. Parameter: trust. */
    public static final String SLOTS_SQL = """
            INSERT INTO slot (trust, id, clinic_id, session_id, clinician, service, appointment_type, starts_at, ends_at, capacity, booked, status)
            SELECT s.trust, gen_random_uuid(), s.clinic_id, s.id, s.clinician, c.service, t.appointment_type,
                   s.session_date + t.starts_at + make_interval(mins => k * t.slot_minutes),
                   s.session_date + t.starts_at + make_interval(mins => (k + 1) * t.slot_minutes),
                   t.capacity, 0, 'AVAILABLE'
              FROM clinic_session s
              JOIN session_template t ON t.trust = s.trust AND t.id = s.template_id
              JOIN clinic c ON c.trust = s.trust AND c.id = s.clinic_id
             CROSS JOIN LATERAL generate_series(0, (extract(epoch FROM t.ends_at - t.starts_at) / 60 / t.slot_minutes)::int - 1) AS k
             WHERE s.trust = ?
             ORDER BY s.session_date, s.clinic_id, k
            """;

    /**
     * The bookings already made when the benchmark starts: in the first seven weeks, each place is taken with a
     * probability of 70% in the first week, 60% in the second ... 10% in the seventh, by one of the trust's first
     * 5,000 loaded patients (distinct within a slot). Inserted after the slots, so the database's trigger counts
     * them into {@code slot.booked} as it does for the application's. {@code withSlotEnd}: the booking table has
     * the column {@code slot_ends_at} (a later migration) and it is filled from the slot. Parameters: trust, load
     * date, trust, load date.
     */
    public static String bookingsSql(boolean withSlotEnd) {
        return """
                WITH pat AS (
                    SELECT array_agg(id ORDER BY nhs_number) AS ids
                      FROM (SELECT id, nhs_number FROM patient WHERE trust = ? AND registered_by = 'bench-loader'
                             ORDER BY nhs_number LIMIT 5000) p
                ), chosen AS (
                    SELECT s.trust, s.id, s.clinic_id, s.appointment_type, s.starts_at, s.ends_at, s.capacity,
                           0.7 - 0.1 * ((s.starts_at::date - ?::date) / 7) AS chance,
                           floor(random() * 5000)::int AS base
                      FROM slot s
                     WHERE s.trust = ? AND s.starts_at < ?::date + 49
                )
                INSERT INTO booking (trust, id, slot_id, clinic_id, patient_id, appointment_type, reason, status, slot_starts_at,
                                     {slotEndColumn} booked_at, booked_by, version)
                SELECT c.trust, gen_random_uuid(), c.id, c.clinic_id, pat.ids[1 + (c.base + k * 97) % array_length(pat.ids, 1)],
                       c.appointment_type, NULL, 'BOOKED', c.starts_at, {slotEnd} localtimestamp - random() * interval '60 days', 'bench-loader', 1
                  FROM chosen c CROSS JOIN pat CROSS JOIN LATERAL generate_series(1, c.capacity) AS k
                 WHERE random() < c.chance
                """.replace("{slotEndColumn}", withSlotEnd ? "slot_ends_at," : "").replace("{slotEnd}", withSlotEnd ? "c.ends_at," : "");
    }

    /** Statuses that hold a place in a slot (the database's booking_holds_place). */
    public static final String HOLDING = "('BOOKED', 'ARRIVED', 'ATTENDED', 'DID_NOT_ATTEND', 'COULD_NOT_BE_SEEN')";
}
