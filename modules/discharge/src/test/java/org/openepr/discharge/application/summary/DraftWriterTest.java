package org.openepr.discharge.application.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.medicines.api.DischargeMedicines;
import org.openepr.medicines.api.DischargeMedicines.ChangeKind;
import org.openepr.medicines.api.DischargeMedicines.MedicineChange;
import org.openepr.medicines.api.DischargeMedicines.MedicineOnDischarge;

/** The medicines heading of a long record: bounded, every change kept ahead of the long list, nothing silently dropped. */
class DraftWriterTest {

    private static MedicineOnDischarge current(int i) {
        return new MedicineOnDischarge(UUID.randomUUID(), "Medicine number " + i + " 50mg tablets", "50 mg twice a day", null, "Verified",
                "Verified by a pharmacist", true, null);
    }

    private static MedicineChange started(int i) {
        return new MedicineChange(UUID.randomUUID(), ChangeKind.STARTED, "New medicine " + i, null, "New medicine " + i + " 10 mg at night",
                "Started on the ward for sleep", Instant.parse("2027-02-01T10:00:00Z"));
    }

    @Test
    void aRecordWithHundredsOfOrdersFitsTheHeading_keepsEveryChange_andCountsWhatItLeavesOut() {
        List<MedicineOnDischarge> onDischarge = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            onDischarge.add(current(i));
        }
        List<MedicineChange> changes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            changes.add(started(i));
        }
        String text = DraftWriter.medicines(new DischargeMedicines(onDischarge, changes));

        assertTrue(text.length() <= SummaryContent.HEADING_MAX, "at most the heading's bound: " + text.length());
        String changesPart = text.substring(text.indexOf("\nChanges since admission:\n"));
        for (int i = 0; i < 30; i++) {
            assertTrue(changesPart.contains("New medicine " + i + " 10 mg at night"), "every change is kept: " + i);
        }
        String shown = text.substring(0, text.indexOf("\nChanges since admission:"));
        long listed = shown.lines().filter(l -> l.startsWith("- Medicine number ")).count();
        assertTrue(listed > 100 && listed < 400, "as many as fit: " + listed);
        assertTrue(shown.contains("- ... and " + (400 - listed) + " more medicines: see the medicines record"), "the rest are counted, not lost");
    }

    @Test
    void aShortListIsWrittenWhole() {
        String text = DraftWriter.medicines(new DischargeMedicines(List.of(current(1), current(2)), List.of()));
        assertEquals("On discharge:\n- Medicine number 1 50mg tablets: 50 mg twice a day. Pharmacy: Verified by a pharmacist\n"
                + "- Medicine number 2 50mg tablets: 50 mg twice a day. Pharmacy: Verified by a pharmacist\nChanges since admission:\n- None", text);
    }

    @Test
    void withinKeepsLinesUpToTheBudgetAndCountsTheRest() {
        List<String> kept = DraftWriter.within(List.of("- a", "- b", "- c"), 88, "things");
        assertEquals(List.of("- a", "- b", "- ... and 1 more things"), kept);
    }
}
