package org.openepr.medicines.domain.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.domain.knowledge.ProductId;

/** What a discharge summary tells the GP about medicines: exactly what started, changed and stopped during the stay. */
class ChangesDuringStayTest {

    static final Instant ADMITTED = Instant.parse("2027-03-01T10:00:00Z");
    static final Instant DISCHARGED = Instant.parse("2027-03-10T10:00:00Z");

    final List<MedicationOrder> orders = new ArrayList<>();
    final Map<UUID, List<OrderVersion>> versions = new HashMap<>();

    static Prescription rx(String product, String mg, Frequency often, LocalDate start, LocalDate end, String indication, String notes) {
        return new Prescription(new ProductId(product), "26643006", new Dose(new BigDecimal(mg), "mg"), often, null, start, end, indication, notes);
    }

    MedicationOrder prescribe(String name, Prescription p, Instant at) {
        var made = MedicationOrder.prescribe(UUID.randomUUID(), UUID.randomUUID(), "Ward", false, p, name, new Prescribing("dr", at, "{}", "kb", null));
        orders.add(made.order());
        versions.computeIfAbsent(made.order().id(), k -> new ArrayList<>()).add(made.first());
        return made.order();
    }

    void amend(MedicationOrder order, String name, Prescription p, Instant at) {
        List<OrderVersion> vs = versions.get(order.id());
        vs.add(order.amend(vs.get(vs.size() - 1), p, name, false, new Prescribing("dr", at, "{}", "kb", null), Optional.empty()));
    }

    ChangesDuringStay.Result stay() {
        return ChangesDuringStay.of(orders, versions, ADMITTED, DISCHARGED);
    }

    static final LocalDate FEB = LocalDate.of(2027, 2, 1);
    static final LocalDate MAR2 = LocalDate.of(2027, 3, 2);

    @Test
    void startedChangedStoppedAndUnchanged_eachWithItsReason() {
        MedicationOrder unchanged = prescribe("Metformin 500mg tablets", rx("LVMP0001", "500", Frequency.TWICE_DAILY, FEB, null, "Diabetes", null),
                ADMITTED.minusSeconds(86_400 * 20));
        MedicationOrder changed = prescribe("Sertraline 50mg tablets", rx("LVMP0002", "50", Frequency.ONCE_DAILY, FEB, null, "Depression", null),
                ADMITTED.minusSeconds(86_400 * 20));
        amend(changed, "Sertraline 50mg tablets", rx("LVMP0002", "50", Frequency.ONCE_DAILY, FEB, null, "Depression", "dates only"),
                ADMITTED.plusSeconds(3600)); // not a clinical change
        amend(changed, "Sertraline 50mg tablets", rx("LVMP0002", "100", Frequency.ONCE_DAILY, FEB, null, "Depression", "Mood still low at 50 mg"),
                ADMITTED.plusSeconds(86_400 * 2));
        MedicationOrder stopped = prescribe("Lorazepam 1mg tablets", rx("LVMP0003", "1", Frequency.AT_NIGHT, FEB, null, "Anxiety", null),
                ADMITTED.minusSeconds(86_400 * 10));
        stopped.stop("dr", ADMITTED.plusSeconds(86_400 * 3), "Risk of dependence");
        MedicationOrder started = prescribe("Olanzapine 10mg tablets", rx("LVMP0004", "10", Frequency.AT_NIGHT, MAR2, null, "Psychotic symptoms", null),
                ADMITTED.plusSeconds(86_400));
        MedicationOrder startedAndStopped = prescribe("Zopiclone 7.5mg tablets", rx("LVMP0005", "7.5", Frequency.AT_NIGHT, MAR2, null, "Insomnia", null),
                ADMITTED.plusSeconds(86_400 + 3600));
        startedAndStopped.stop("dr", ADMITTED.plusSeconds(86_400 * 4), "Sleeping well");
        MedicationOrder stoppedBefore = prescribe("Diazepam 2mg tablets", rx("LVMP0006", "2", Frequency.AT_NIGHT, FEB, null, "Anxiety", null),
                ADMITTED.minusSeconds(86_400 * 20));
        stoppedBefore.stop("dr", ADMITTED.minusSeconds(86_400), "Not needed");
        prescribe("Lithium carbonate 400mg tablets", rx("LVMP0007", "400", Frequency.AT_NIGHT, LocalDate.of(2027, 3, 11), null, "Bipolar", null),
                DISCHARGED.plusSeconds(3600)); // after discharge: not this stay's

        var result = stay();

        assertEquals(List.of("STARTED Olanzapine 10mg tablets: Psychotic symptoms",
                        "CHANGED Sertraline 50mg tablets: Mood still low at 50 mg",
                        "STOPPED Lorazepam 1mg tablets: Risk of dependence",
                        "STARTED_AND_STOPPED Zopiclone 7.5mg tablets: Sleeping well"),
                result.changes().stream().map(c -> c.kind() + " " + (c.after() != null ? c.after() : c.before()).productName() + ": " + c.reason())
                        .toList(),
                "in the order they happened (started-and-stopped when stopped); the dates-only amendment and the orders outside the stay are not changes");
        var change = result.changes().stream().filter(c -> c.kind() == ChangesDuringStay.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("50 mg once a day", change.before().prescription().doseAndFrequency().toLowerCase());
        assertEquals("100 mg once a day", change.after().prescription().doseAndFrequency().toLowerCase());

        assertEquals(List.of("Metformin 500mg tablets null", "Sertraline 50mg tablets CHANGED", "Olanzapine 10mg tablets STARTED"),
                result.onDischarge().stream().map(d -> d.version().productName() + " " + d.change()).toList(),
                "on discharge: what is current then, stopped ones not");
        assertNull(result.onDischarge().get(0).change());
        assertEquals(unchanged.id(), result.onDischarge().get(0).order().id());
        assertEquals(3, versions.get(changed.id()).size());
        assertEquals(started.id(), result.onDischarge().get(2).order().id());
    }

    @Test
    void aCourseEndingDuringTheStayIsStoppedWithItsEndDate_andARejectedOrderCountsForNothing() {
        prescribe("Amoxicillin 500mg capsules", rx("LVMP0008", "500", Frequency.THREE_TIMES_DAILY, FEB, LocalDate.of(2027, 3, 5), "Chest infection", null),
                ADMITTED.minusSeconds(86_400 * 2));
        MedicationOrder rejected = prescribe("Clozapine 25mg tablets", rx("LVMP0009", "25", Frequency.AT_NIGHT, MAR2, null, "Schizophrenia", null),
                ADMITTED.plusSeconds(86_400));
        rejected.reject(versions.get(rejected.id()).get(0), "pharm", ADMITTED.plusSeconds(90_000), "Not registered with the monitoring service");

        var result = stay();

        assertEquals(1, result.changes().size());
        assertEquals(ChangesDuringStay.Kind.STOPPED, result.changes().get(0).kind());
        assertEquals("Course ended on 05-Mar-2027", result.changes().get(0).reason());
        assertEquals(List.of(), result.onDischarge());
    }
}
