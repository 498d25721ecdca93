package org.openepr.discharge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.sending.Dispatch;
import org.openepr.discharge.domain.sending.Route;
import org.openepr.discharge.domain.summary.DischargeSummary;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.platform.errors.RuleRefusedException;

/** Records rebuilt from another trust's export: as they were, signed ones still immutable, no letter due again. */
class ImportedRecordsTest {

    static final Instant AT = Instant.parse("2027-03-03T10:00:00Z");

    @Test
    void anImportedSignedSummaryStaysSignedAndRefusesAnEdit_aCorrectionStartsFromIt() {
        String text = SummaryContent.of(Map.of(Heading.CLINICAL_SUMMARY, "Settled")).toJson();
        DischargeSummary s = DischargeSummary.imported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), new DischargeSummary.Imported(
                true, "Willow", AT.minusSeconds(86_400), AT, "clin.1", SummaryState.SIGNED, AT, 4, text, 2, AT, "clin.1", AT));
        assertTrue(s.isSigned());
        assertEquals(2, s.signedVersion());
        assertEquals(4, s.revision());
        assertThrows(RuleRefusedException.class, () -> s.save(4, s.content(), "clin.2", AT.plusSeconds(60)));
        s.startCorrection(4, "clin.2", AT.plusSeconds(60));
        assertTrue(s.isCorrection());
        assertEquals(2, s.signedVersion(), "the signed version stays as it was");
    }

    @Test
    void anImportedSummaryWithHeadingsNotOursIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DischargeSummary.imported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new DischargeSummary.Imported(true, "Willow", AT, AT, "clin.1", SummaryState.DRAFTED, AT, 1, "{\"not-a-heading\":\"x\"}", 0, AT,
                        "clin.1", AT)));
    }

    @Test
    void anImportedLetterIsNeverDue_queuedOrAccepted_andKeepsItsHistory() {
        for (SummaryState state : new SummaryState[] {SummaryState.QUEUED, SummaryState.SENT, SummaryState.ACCEPTED, SummaryState.FAILED}) {
            Dispatch.Imported was = new Dispatch.Imported(1, null, "9990000018", "B82005", Route.MESH, state, AT, state == SummaryState.FAILED
                    ? "Patient not registered" : null, "clin.1", AT, AT, 2, "timed out", "MSG-1", AT, null, null, null, null, null, null, null);
            UUID summary = UUID.randomUUID();
            Dispatch d = Dispatch.imported(UUID.randomUUID(), summary, UUID.randomUUID(), "{}", was);
            assertNull(d.nextAttemptAt(), state + ": the sender takes only what is due");
            assertEquals(was, d.toImported());
            assertEquals(summary + ":1", d.key().toString());
        }
        Dispatch queued = Dispatch.imported(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "{}", new Dispatch.Imported(1, null,
                "9990000018", "B82005", Route.MESH, SummaryState.QUEUED, AT, null, "clin.1", AT, AT, 0, null, null, null, null, null, null, null,
                null, null, null));
        assertTrue(queued.isOpen(), "still waiting for somebody: shown on the dashboard");
    }
}
