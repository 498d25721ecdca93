package org.openepr.caserecord.application.observations;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.summary.Snapshot;

/**
 * The patient's observations for the case record summary: the latest value of each vital sign (one query on the
 * (patient, kind, taken) index), and the weights and blood pressures of the last {@link #CHART_MONTHS} months for two
 * small charts, each at most {@link #POINTS} readings (the newest), so a record of years of daily readings costs the
 * same as one of ten.
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class ObservationsAtAGlance {

    /** The same window as the observations screen's chart. */
    public static final int CHART_MONTHS = ReadObservations.CHART_MONTHS;
    public static final int POINTS = 30;

    @Inject
    ObservationRepository observations;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The latest of each sign, the chart readings oldest first, and when they were read. */
    public record Latest(List<Observation> latest, List<Observation> weights, List<Observation> pressures, LocalDate chartFrom, Instant asOf)
            implements Snapshot {
    }

    public Latest of(UUID patientId) {
        patients.require(patientId);
        Instant asOf = clock.instant();
        LocalDate from = LocalDate.ofInstant(asOf, UkDates.UK).minusMonths(CHART_MONTHS);
        Instant since = from.atStartOfDay(UkDates.UK).toInstant();
        List<Observation> latest = observations.latestOfEach(patientId);
        List<Observation> weights = oldestFirst(observations.taken(patientId, Set.of(VitalSign.BODY_WEIGHT), since, null, false, 0, POINTS));
        List<Observation> pressures = oldestFirst(observations.taken(patientId, Set.of(VitalSign.BLOOD_PRESSURE), since, null, false, 0, POINTS));
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, null, patientId, "case record summary: latest values, charts since " + UkDates.date(from));
        return new Latest(latest, weights, pressures, from, asOf);
    }

    private static List<Observation> oldestFirst(List<Observation> newestFirst) {
        List<Observation> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return List.copyOf(list);
    }
}
