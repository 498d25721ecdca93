package org.openepr.discharge.domain.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.SummaryState;
import org.openepr.platform.errors.RuleRefusedException;

class DischargeSummaryTest {

    static final Instant ADMITTED = Instant.parse("2027-03-01T10:00:00Z");
    static final Instant DISCHARGED = Instant.parse("2027-03-03T10:00:00Z");
    static final EpisodeEnded EPISODE = new EpisodeEnded(UUID.randomUUID(), UUID.randomUUID(), true, "Willow Ward", ADMITTED, DISCHARGED,
            "dr.rc", "03", "01", "dr.rc");

    static SummaryContent drafted() {
        return SummaryContent.of(Map.of(Heading.PATIENT_DEMOGRAPHICS, "SMITH, Ann", Heading.GP_PRACTICE, "F84003",
                Heading.PERSON_COMPLETING, "Dr RC"));
    }

    final DischargeSummary summary = DischargeSummary.draft(EPISODE, drafted(), DISCHARGED.plusSeconds(1));

    @Test
    void aDraftWithMandatoryHeadingsEmptyIsDraftedUntilTheyAreFilled() {
        assertEquals(SummaryState.DRAFTED, summary.state());
        assertEquals(DISCHARGED, summary.stateSince(), "unsigned counts from the discharge");
        assertEquals(java.util.List.of(Heading.CLINICAL_SUMMARY, Heading.ALLERGIES), summary.content().emptyMandatory());
        summary.save(1, summary.content().with(Heading.CLINICAL_SUMMARY, "Admitted with low mood").with(Heading.ALLERGIES, "No known drug allergies"),
                "dr.rc", DISCHARGED.plusSeconds(60));
        assertEquals(SummaryState.AWAITING_SIGNATURE, summary.state());
        assertEquals(2, summary.revision());
    }

    @Test
    void signingWithMandatoryHeadingsEmptyIsRefusedNamingThem() {
        var refused = assertThrows(RuleRefusedException.class, () -> summary.sign(1, summary.content(), "dr.rc", DISCHARGED));
        assertEquals("The summary cannot be signed while these mandatory headings are empty: Clinical summary, Allergies and adverse reactions",
                refused.problems().get(0).message());
        assertEquals(1, summary.revision(), "nothing changed");
    }

    @Test
    void aSaveOverANewerRevisionIsRefusedWithBothTexts() {
        summary.save(1, summary.content().with(Heading.PROCEDURES, "theirs"), "dr.other", DISCHARGED.plusSeconds(5));
        var stale = assertThrows(StaleSummaryException.class,
                () -> summary.save(1, summary.content().with(Heading.PROCEDURES, "mine"), "dr.rc", DISCHARGED.plusSeconds(6)));
        assertEquals(2, stale.currentRevision());
        assertTrue(stale.currentText().contains("theirs"));
        assertTrue(stale.rejectedText().contains("mine"));
        assertEquals("dr.other", stale.savedBy());
    }

    @Test
    void aSignedVersionCannotChange_aCorrectionIsTheNextVersionReplacingIt() {
        SummaryContent complete = summary.content().with(Heading.CLINICAL_SUMMARY, "Admitted with low mood").with(Heading.ALLERGIES, "None known");
        SummaryVersion first = summary.sign(1, complete, "dr.rc", DISCHARGED.plusSeconds(60));
        assertEquals(1, first.number());
        assertNull(first.replacesVersion());
        assertEquals(SummaryState.SIGNED, summary.state());
        assertThrows(RuleRefusedException.class, () -> summary.save(2, complete.with(Heading.PROCEDURES, "x"), "dr.rc", DISCHARGED));
        assertThrows(RuleRefusedException.class, () -> summary.sign(2, complete, "dr.rc", DISCHARGED));

        summary.startCorrection(2, "dr.rc", DISCHARGED.plusSeconds(120));
        assertTrue(summary.isCorrection());
        assertEquals(SummaryState.AWAITING_SIGNATURE, summary.state());
        summary.save(3, complete.with(Heading.CLINICAL_SUMMARY, "Admitted with low mood and poor sleep"), "dr.rc", DISCHARGED.plusSeconds(130));
        SummaryVersion second = summary.sign(4, summary.content(), "dr.rc", DISCHARGED.plusSeconds(140));
        assertEquals(2, second.number());
        assertEquals(1, second.replacesVersion());
        assertEquals("Admitted with low mood", first.content().of(Heading.CLINICAL_SUMMARY), "the first version as signed");
        assertThrows(IllegalStateException.class, () -> {
            first.documentIs("{}");
            first.documentIs("{}");
        });
    }

    @Test
    void headingsAreCheckedAsTheEditorSendsThem() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> SummaryContent.parse("{\"no-such-heading\":\"x\"}"));
        assertTrue(unknown.getMessage().contains("There is no heading no-such-heading"));
        var big = assertThrows(IllegalArgumentException.class,
                () -> SummaryContent.parse("{\"clinical-summary\":\"" + "a".repeat(SummaryContent.HEADING_MAX + 1) + "\"}"));
        assertTrue(big.getMessage().startsWith("Clinical summary must be at most 20,000 characters"), big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SummaryContent.parse("[1]"));
        SummaryContent typed = SummaryContent.parse("{\"clinical-summary\":\"<b>kept</b> as typed\\nline two\"}");
        assertEquals("<b>kept</b> as typed\nline two", typed.of(Heading.CLINICAL_SUMMARY));
        assertEquals("", typed.of(Heading.PROCEDURES));
        assertEquals(typed, SummaryContent.parse(typed.toJson()));
    }
}
