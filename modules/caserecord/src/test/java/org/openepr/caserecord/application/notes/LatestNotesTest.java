package org.openepr.caserecord.application.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatestNotesTest {

    @Test
    void theFirstLineIsTheFirstOneWithWordsCutWhenLong() {
        assertEquals("Phoned. <b>Anxious</b>.", LatestNotes.firstLine("\n\n  Phoned. <b>Anxious</b>.  \nPlan agreed."));
        assertEquals("", LatestNotes.firstLine(null));
        assertEquals("", LatestNotes.firstLine(" \n "));
        String cut = LatestNotes.firstLine("x".repeat(500));
        assertEquals(LatestNotes.FIRST_LINE_MAX, cut.length());
        assertEquals('…', cut.charAt(cut.length() - 1));
    }
}
