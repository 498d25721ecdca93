package org.openepr.discharge.application.sending;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.discharge.domain.TrackedSummary;
import org.openepr.discharge.domain.UnsignedSummaries;
import org.openepr.discharge.domain.sending.DeliveryLimits;
import org.openepr.discharge.domain.sending.DispatchRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.text.Labelled;
import org.openepr.platform.trust.TrustContext;
import org.openepr.platform.trust.TrustSettings;

/**
 * The trust's delivery dashboard: how many summaries stand in each state and how old the oldest is, and everything
 * past the trust's limits (unsigned too long, not acknowledged by the practice in time, failed) with who is
 * responsible. Everyone on the trust's staff sees the same page. Bounded: one aggregate query, one list of at most
 * {@link #LISTED}, and the unsigned ones from drafting when that part is present.
 */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.CLERK, Roles.TRUST_ADMIN})
public class TrackDeliveries {

    public static final int LISTED = 50;

    @Inject
    DispatchRepository dispatches;

    @Inject
    UnsignedSummaries unsigned; // drafting's side of the same module

    @Inject
    PatientDirectory patients;

    @Inject
    TrustSettings settings;

    @Inject
    TrustContext trust;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Why a summary is on the overdue list. */
    public enum Overdue implements Labelled {
        UNSIGNED("Unsigned past the limit"), UNACKNOWLEDGED("Not acknowledged past the limit"), FAILED("Failed");

        private final String label;

        Overdue(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One state's line: how many, the oldest's age, and how many of them are overdue. */
    public record StateLine(SummaryState state, long count, Duration oldest, long overdue) {
        public String oldestText() {
            return count == 0 ? "" : Ages.of(oldest);
        }
    }

    /** One overdue summary version, its patient (null if not shown to the caller, or gone), why, for how long, and who must act. */
    public record Late(TrackedSummary summary, PatientSummary patient, Overdue why, Duration age) {
        public String ageText() {
            return Ages.of(age);
        }
    }

    public record Dashboard(Instant asOf, DeliveryLimits limits, List<StateLine> states, List<Late> overdue, long overdueTotal) {
        public boolean truncated() {
            return overdue.size() < overdueTotal;
        }
    }

    public Dashboard dashboard() {
        DeliveryLimits limits = TrustLimits.of(settings);
        Instant now = clock.instant();
        Instant unackCut = now.minus(limits.unacknowledged());
        Map<SummaryState, StateLine> lines = new EnumMap<>(SummaryState.class);
        List<Late> late = new ArrayList<>();
        long overdueTotal = 0;

        Instant unsignedCut = now.minus(limits.unsigned());
        for (UnsignedSummaries.Waiting w : unsigned.countByState(unsignedCut)) {
            lines.put(w.state(), new StateLine(w.state(), w.count(), Duration.between(w.oldestSince(), now), w.overdue()));
            overdueTotal += w.overdue();
        }
        for (TrackedSummary s : unsigned.waitingSince(unsignedCut, LISTED)) {
            late.add(new Late(s, null, Overdue.UNSIGNED, Duration.between(s.since(), now)));
        }
        for (DispatchRepository.StateCount c : dispatches.countByState(unackCut)) {
            lines.put(c.state(), new StateLine(c.state(), c.count(), Duration.between(c.oldestSince(), now), c.overdue()));
            overdueTotal += c.overdue();
        }
        for (DispatchRepository.LateLetter d : dispatches.overdue(unackCut, LISTED)) {
            boolean failed = d.summary().state() == SummaryState.FAILED;
            late.add(new Late(d.summary(), null, failed ? Overdue.FAILED : Overdue.UNACKNOWLEDGED,
                    Duration.between(failed ? d.summary().since() : d.queuedAt(), now)));
        }
        late.sort(Comparator.comparing(Late::age).reversed());
        List<Late> shown = withPatients(late.stream().limit(LISTED).toList());
        List<StateLine> states = new ArrayList<>();
        for (SummaryState s : SummaryState.values()) {
            states.add(lines.getOrDefault(s, new StateLine(s, 0, Duration.ZERO, 0)));
        }
        audit.record(SendingAudit.DELIVERY_DASHBOARD_VIEWED, null, null, overdueTotal + " overdue, " + shown.size() + " listed");
        return new Dashboard(now, limits, states, shown, overdueTotal);
    }

    private List<Late> withPatients(List<Late> late) {
        Set<UUID> ids = new HashSet<>();
        late.forEach(l -> ids.add(l.summary().patientId()));
        Map<UUID, PatientSummary> found = PatientsShown.of(ids, patients, trust);
        return late.stream().map(l -> new Late(l.summary(), found.get(l.summary().patientId()), l.why(), l.age())).toList();
    }
}
