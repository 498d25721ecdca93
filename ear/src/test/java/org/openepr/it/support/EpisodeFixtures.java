package org.openepr.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Episodes of care for API tests, written straight into the test database (as the superuser, the way a named dataset is
 * loaded), like {@link ClinicFixtures}. The episode use cases and screens have tests of their own.
 */
public final class EpisodeFixtures {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** An admission: the ward it began on and the one it is on now (after a transfer), and its leave. */
    public record Admitted(UUID episodeId, UUID firstWard, String firstWardName, UUID ward, String wardName) {
    }

    private EpisodeFixtures() {
    }

    /**
     * Admitted on {@code admitted} to one ward under {@code clinician} (section 3), moved to another a day later, on
     * section 17 leave for two hours the day after; discharged (informal) at {@code discharged} if it is not null.
     */
    public static Admitted admission(String trust, UUID patientId, LocalDateTime admitted, String clinician, LocalDateTime discharged) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        Instant start = at(admitted);
        Instant moved = at(admitted.plusDays(1));
        Instant leaveStart = at(admitted.plusDays(2));
        Instant end = discharged == null ? null : at(discharged);
        try (Connection c = Db.asSuperuser()) {
            c.setAutoCommit(false);
            ClinicFixtures.exec(c, "insert into ward (trust, id, name, name_key, closed, version) values (?, ?, ?, ?, false, 1)", trust, first,
                    "Fixture Willow " + run, "fixture willow " + run);
            ClinicFixtures.exec(c, "insert into ward (trust, id, name, name_key, closed, version) values (?, ?, ?, ?, false, 1)", trust, second,
                    "Fixture Oak " + run, "fixture oak " + run);
            ClinicFixtures.exec(c, "insert into episode_of_care (trust, id, patient_id, kind, ward_id, ward_name, started_at, responsible_clinician,"
                            + " legal_status_at_start, legal_status_at_end, ended_at, ended_by, recorded_by, recorded_at, changed_by, changed_at, version)"
                            + " values (?, ?, ?, 'INPATIENT', ?, ?, ?, ?, 'SECTION_3', ?, ?, ?, 'it', now(), 'it', now(), 1)",
                    trust, episode, patientId, second, "Fixture Oak " + run, ts(start), clinician, end == null ? null : "INFORMAL", ts(end),
                    end == null ? null : clinician);
            ClinicFixtures.exec(c, "insert into ward_stay (trust, id, episode_id, patient_id, ward_id, ward_name, from_at, to_at, responsible_clinician,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'it', now())", trust, episode, episode, patientId, first,
                    "Fixture Willow " + run, ts(start), ts(moved), clinician);
            ClinicFixtures.exec(c, "insert into ward_stay (trust, id, episode_id, patient_id, ward_id, ward_name, from_at, to_at, responsible_clinician,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'it', now())", trust, UUID.randomUUID(), episode, patientId, second,
                    "Fixture Oak " + run, ts(moved), ts(end), clinician);
            ClinicFixtures.exec(c, "insert into leave_of_absence (trust, id, episode_id, patient_id, kind, starts_at, due_back_at, ended_at, recorded_by,"
                    + " recorded_at) values (?, ?, ?, ?, 'SECTION_17', ?, ?, ?, 'it', now())", trust, UUID.randomUUID(), episode, patientId,
                    ts(leaveStart), ts(leaveStart.plusSeconds(7200)), ts(leaveStart.plusSeconds(7200)));
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Admitted(episode, first, "Fixture Willow " + run, second, "Fixture Oak " + run);
    }

    /** A referral to a service accepted on a day, under a lead professional; ended on {@code discharged} if it is not null. */
    public static UUID communityEpisode(String trust, UUID patientId, String service, LocalDate accepted, String lead, LocalDate discharged) {
        UUID episode = UUID.randomUUID();
        Instant end = discharged == null ? null : at(discharged.atTime(12, 0));
        try (Connection c = Db.asSuperuser()) {
            ClinicFixtures.exec(c, "insert into episode_of_care (trust, id, patient_id, kind, service, service_key, team, referral_date, started_at,"
                            + " responsible_clinician, legal_status_at_start, legal_status_at_end, ended_at, ended_by, end_reason, recorded_by, recorded_at,"
                            + " changed_by, changed_at, version)"
                            + " values (?, ?, ?, 'COMMUNITY', ?, ?, 'Fixture team', ?, ?, ?, 'NOT_APPLICABLE', ?, ?, ?, ?, 'it', now(), 'it', now(), 1)",
                    trust, episode, patientId, service, service.toLowerCase(), accepted.minusDays(7), ts(at(accepted.atStartOfDay())), lead,
                    end == null ? null : "NOT_APPLICABLE", ts(end), end == null ? null : lead, end == null ? null : "Goals met");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return episode;
    }

    private static Instant at(LocalDateTime ukTime) {
        return ukTime.atZone(UK).toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
