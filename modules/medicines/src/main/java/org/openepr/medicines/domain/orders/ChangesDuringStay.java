package org.openepr.medicines.domain.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.platform.time.UkDates;

/**
 * What happened to a patient's medicines during a stay, from admission to discharge (both included), as a discharge
 * summary tells the GP:
 * <ul>
 * <li><b>started</b>: first prescribed during the stay and still current at discharge (reason: its indication);</li>
 * <li><b>stopped</b>: prescribed before, stopped (or its course ended) during the stay (reason: why it was stopped);</li>
 * <li><b>started and stopped</b>: both during the stay;</li>
 * <li><b>changed</b>: prescribed before, still current, with a version made during the stay that changed medicine, dose,
 * route or frequency (one change per such version, from the version before it; reason: the prescriber's note on it).
 * A change of dates, indication or notes alone is not a change the GP needs.</li>
 * </ul>
 * Rejected orders were never given and count for nothing; versions made after discharge are not looked at.
 */
public final class ChangesDuringStay {

    public enum Kind { STARTED, CHANGED, STOPPED, STARTED_AND_STOPPED }

    /** One change; {@code before}/{@code after} are the version before and after it (null where there is none). */
    public record Change(MedicationOrder order, Kind kind, OrderVersion before, OrderVersion after, String reason, Instant at) {
    }

    /** An order current at discharge, its version then, and what happened to it during the stay (null: unchanged). */
    public record OnDischarge(MedicationOrder order, OrderVersion version, Kind change) {
    }

    public record Result(List<OnDischarge> onDischarge, List<Change> changes) {
    }

    private ChangesDuringStay() {
    }

    public static Result of(List<MedicationOrder> orders, Map<UUID, List<OrderVersion>> versionsByOrder, Instant admitted, Instant discharged) {
        LocalDate admissionDay = LocalDate.ofInstant(admitted, UkDates.UK);
        LocalDate dischargeDay = LocalDate.ofInstant(discharged, UkDates.UK);
        List<OnDischarge> current = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (MedicationOrder order : orders) {
            if (order.status() == OrderStatus.REJECTED) {
                continue;
            }
            List<OrderVersion> made = versionsByOrder.getOrDefault(order.id(), List.of()).stream()
                    .filter(v -> !v.prescribedAt().isAfter(discharged)).sorted(Comparator.comparingInt(OrderVersion::number)).toList();
            if (made.isEmpty()) {
                continue; // prescribed after discharge
            }
            OrderVersion first = made.get(0);
            OrderVersion atDischarge = made.get(made.size() - 1);
            boolean startedDuring = within(first.prescribedAt(), admitted, discharged);
            Ending ending = ending(order, atDischarge, discharged, dischargeDay);
            if (ending != null && ending.before(admitted, admissionDay)) {
                continue; // ended before the stay
            }
            if (startedDuring && ending != null) {
                changes.add(new Change(order, Kind.STARTED_AND_STOPPED, null, atDischarge, ending.reason, ending.at));
            } else if (startedDuring) {
                changes.add(new Change(order, Kind.STARTED, null, atDischarge, atDischarge.prescription().indication(), first.prescribedAt()));
                current.add(new OnDischarge(order, atDischarge, Kind.STARTED));
            } else if (ending != null) {
                changes.add(new Change(order, Kind.STOPPED, atDischarge, null, ending.reason, ending.at));
            } else {
                boolean changed = false;
                for (int i = 1; i < made.size(); i++) {
                    OrderVersion before = made.get(i - 1);
                    OrderVersion after = made.get(i);
                    if (within(after.prescribedAt(), admitted, discharged) && after.prescription().clinicallyDiffersFrom(before.prescription())) {
                        changes.add(new Change(order, Kind.CHANGED, before, after, after.prescription().notes(), after.prescribedAt()));
                        changed = true;
                    }
                }
                current.add(new OnDischarge(order, atDischarge, changed ? Kind.CHANGED : null));
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparing(c -> c.order().id()));
        return new Result(current, changes);
    }

    /** How an order ended: when (a course's end date counts from the start of that day) and why. */
    private record Ending(Instant at, LocalDate day, String reason, boolean courseEnded) {
        boolean before(Instant admitted, LocalDate admissionDay) {
            return courseEnded ? day.isBefore(admissionDay) : at.isBefore(admitted);
        }
    }

    /** How the order ended by discharge: stopped, or its course's end date passed; null if still current then. */
    private static Ending ending(MedicationOrder order, OrderVersion atDischarge, Instant discharged, LocalDate dischargeDay) {
        if (order.status() == OrderStatus.STOPPED && order.stoppedAt() != null && !order.stoppedAt().isAfter(discharged)) {
            return new Ending(order.stoppedAt(), LocalDate.ofInstant(order.stoppedAt(), UkDates.UK), order.stopReason(), false);
        }
        LocalDate end = atDischarge.prescription().end();
        if (end != null && end.isBefore(dischargeDay)) {
            return new Ending(end.atStartOfDay(UkDates.UK).toInstant(), end, "Course ended on " + UkDates.date(end), true);
        }
        return null;
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
