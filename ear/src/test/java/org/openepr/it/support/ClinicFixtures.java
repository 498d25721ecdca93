package org.openepr.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Clinics and slots for API tests, written straight into the test database (as the superuser, the way a
 * named dataset is loaded). The clinic set-up screens and use cases have tests of their own.
 */
public final class ClinicFixtures {

    public record Fixture(String trust, UUID clinicId, UUID sessionId, UUID slotId, LocalDateTime startsAt) {
    }

    private ClinicFixtures() {
    }

    /** One clinic with one session holding one slot of the given capacity, starting at the given time. */
    public static Fixture slot(String trust, int capacity, LocalDateTime startsAt) {
        UUID clinic = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID slot = UUID.randomUUID();
        LocalDate day = startsAt.toLocalDate();
        try (Connection c = Db.asSuperuser()) {
            c.setAutoCommit(false);
            exec(c, "insert into clinic (trust, id, name, service, location, clinicians, version) values (?, ?, ?, 'Memory Service', 'Ward 3', 'Dr Test', 1)",
                    trust, clinic, "Fixture clinic " + clinic.toString().substring(0, 8));
            exec(c, "insert into session_template (trust, id, clinic_id, weekday, starts_at, ends_at, slot_minutes, capacity, appointment_type,"
                            + " clinician, effective_from) values (?, ?, ?, ?, ?, ?, 30, ?, 'NEW', 'Dr Test', ?)",
                    trust, template, clinic, day.getDayOfWeek().name(), startsAt.toLocalTime(), startsAt.toLocalTime().plusMinutes(30), capacity, day);
            exec(c, "insert into clinic_session (trust, id, clinic_id, template_id, session_date, starts_at, ends_at, clinician, status, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'Dr Test', 'SCHEDULED', 1)", trust, session, clinic, template, day, startsAt.toLocalTime(),
                    startsAt.toLocalTime().plusMinutes(30));
            exec(c, "insert into slot (trust, id, clinic_id, session_id, clinician, service, appointment_type, starts_at, ends_at, capacity, status)"
                    + " values (?, ?, ?, ?, 'Dr Test', 'Memory Service', 'NEW', ?, ?, ?, 'AVAILABLE')", trust, slot, clinic, session,
                    Timestamp.valueOf(startsAt), Timestamp.valueOf(startsAt.plusMinutes(30)), capacity);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Fixture(trust, clinic, session, slot, startsAt);
    }

    /** One clinic ("Fixture clinic …", Dr Test) with a one-slot session at each of the given times: a clinic day, or a week apart. */
    public static java.util.List<Fixture> slots(String trust, LocalDateTime... starts) {
        var first = slot(trust, 1, starts[0]);
        var all = new java.util.ArrayList<>(java.util.List.of(first));
        try (Connection c = Db.asSuperuser()) {
            c.setAutoCommit(false);
            for (int i = 1; i < starts.length; i++) {
                UUID template = UUID.randomUUID();
                UUID session = UUID.randomUUID();
                UUID slot = UUID.randomUUID();
                LocalDateTime at = starts[i];
                // a template of its own per session (one session per template and day), as generating would have made
                exec(c, "insert into session_template (trust, id, clinic_id, weekday, starts_at, ends_at, slot_minutes, capacity, appointment_type,"
                                + " clinician, effective_from) values (?, ?, ?, ?, ?, ?, 30, 1, 'NEW', 'Dr Test', ?)",
                        trust, template, first.clinicId(), at.getDayOfWeek().name(), at.toLocalTime(), at.toLocalTime().plusMinutes(30), at.toLocalDate());
                exec(c, "insert into clinic_session (trust, id, clinic_id, template_id, session_date, starts_at, ends_at, clinician, status, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'Dr Test', 'SCHEDULED', 1)", trust, session, first.clinicId(), template, at.toLocalDate(),
                        at.toLocalTime(), at.toLocalTime().plusMinutes(30));
                exec(c, "insert into slot (trust, id, clinic_id, session_id, clinician, service, appointment_type, starts_at, ends_at, capacity, status)"
                        + " values (?, ?, ?, ?, 'Dr Test', 'Memory Service', 'NEW', ?, ?, 1, 'AVAILABLE')", trust, slot, first.clinicId(), session,
                        Timestamp.valueOf(at), Timestamp.valueOf(at.plusMinutes(30)));
                all.add(new Fixture(trust, first.clinicId(), session, slot, at));
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    /** A booking of a patient into a fixture's slot, with the given status (e.g. DID_NOT_ATTEND for a past slot). */
    public static UUID booking(Fixture slot, UUID patientId, String status) {
        UUID booking = UUID.randomUUID();
        try (Connection c = Db.asSuperuser()) {
            exec(c, "insert into booking (trust, id, slot_id, clinic_id, patient_id, appointment_type, status, slot_starts_at, slot_ends_at,"
                            + " booked_at, booked_by, outcome_at, version) values (?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, 'fixture', ?, 1)",
                    slot.trust(), booking, slot.slotId(), slot.clinicId(), patientId, status, Timestamp.valueOf(slot.startsAt()),
                    Timestamp.valueOf(slot.startsAt().plusMinutes(30)), Timestamp.valueOf(slot.startsAt().minusDays(7)),
                    status.equals("BOOKED") ? null : Timestamp.valueOf(slot.startsAt().plusMinutes(20)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return booking;
    }

    static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
