package org.openepr.caserecord.application.observations;

import org.openepr.patients.api.PatientDirectory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.ObservationRepository;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;

/**
 * A patient's observations as the chart, the table, the patient panel and the API read them; every list bounded,
 * every read audited. Pharmacists read them too (weight for dosing).
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST})
public class ReadObservations {

    /** The chart's window and its most points, stated on the screen. */
    public static final int CHART_MONTHS = 12;
    public static final int CHART_MAX = 400;

    @Inject
    ObservationRepository observations;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Observations taken from {@code from} on, newest first, at most {@link #CHART_MAX}; {@code truncated} if there were more. */
    public record History(PatientSummary patient, LocalDate from, List<Observation> observations, boolean truncated) {
        public List<Observation> current() {
            return observations.stream().filter(o -> !o.isEnteredInError()).toList();
        }
    }

    /** One page of a search and how many match. */
    public record Found(List<Observation> observations, long total) {
    }

    /** The last {@link #CHART_MONTHS} months of every sign, those entered in error included (the table shows them struck out). */
    public History history(UUID patientId) {
        PatientSummary patient = patients.require(patientId);
        LocalDate from = LocalDate.now(clock.withZone(UkDates.UK)).minusMonths(CHART_MONTHS);
        List<Observation> found = observations.taken(patientId, EnumSet.allOf(VitalSign.class), from.atStartOfDay(UkDates.UK).toInstant(),
                null, true, 0, CHART_MAX + 1);
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, null, patientId, "since " + UkDates.date(from));
        return new History(patient, from, found.stream().limit(CHART_MAX).toList(), found.size() > CHART_MAX);
    }

    /** The latest of each sign, for the patient's page. */
    public List<Observation> latest(UUID patientId) {
        List<Observation> found = observations.latestOfEach(patientId);
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, null, patientId, "latest values");
        return found;
    }

    public Observation one(UUID observationId) {
        Observation o = observations.find(observationId).orElseThrow(() -> new RecordNotFoundException("observation"));
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, o.id(), o.patientId(), o.kind().label());
        return o;
    }

    /** The API's search: of some signs (all if empty), taken in [from, to), newest first, one page. */
    public Found search(UUID patientId, Collection<VitalSign> kinds, Instant from, Instant to, int offset, int count) {
        patients.require(patientId);
        Set<VitalSign> of = kinds.isEmpty() ? EnumSet.allOf(VitalSign.class) : EnumSet.copyOf(kinds);
        List<Observation> page = observations.taken(patientId, of, from, to, true, offset, count);
        long total = page.size() < count && offset == 0 ? page.size() : observations.count(patientId, of, from, to, true);
        audit.record(ObservationsAudit.OBSERVATIONS_VIEWED, null, patientId, "search");
        return new Found(page, total);
    }
}
