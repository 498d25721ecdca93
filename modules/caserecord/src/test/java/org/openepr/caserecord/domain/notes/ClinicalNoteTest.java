package org.openepr.caserecord.domain.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.platform.errors.RuleRefusedException;

class ClinicalNoteTest {

    static final Instant AT = Instant.parse("2027-03-03T10:00:00.123456789Z");

    static ClinicalNote draft(String text) {
        return ClinicalNote.start(UUID.randomUUID(), UUID.randomUUID(), new NoteText(text), "author", AT);
    }

    @Test
    void eachDraftSaveIsARevision_madeAgainstTheRevisionSeen() {
        ClinicalNote note = draft("one");
        note.saveDraft(1, new NoteText("one two"), "colleague", AT.plusSeconds(3));
        assertEquals(2, note.revision());
        assertEquals("colleague", note.lastSavedBy());
        var stale = assertThrows(StaleNoteException.class, () -> note.saveDraft(1, new NoteText("one three"), "author", AT.plusSeconds(4)));
        assertEquals("one two", stale.currentText());
        assertEquals("one three", stale.rejectedText());
        assertEquals("colleague", stale.savedBy());
        assertEquals("one two", note.draftText(), "the refused save changed nothing");
    }

    @Test
    void timesAreKeptAsTheDatabaseKeepsThem() {
        assertEquals(Instant.parse("2027-03-03T10:00:00.123456Z"), draft("x").lastSavedAt());
    }

    @Test
    void onlyTheAuthorValidates_andAValidatedNoteIsOnlyAmended() {
        ClinicalNote note = draft("signed text");
        var notAuthor = assertThrows(RuleRefusedException.class, () -> note.validate(1, new NoteText("signed text"), "colleague", AT));
        assertEquals("author", notAuthor.problems().get(0).field());
        NoteVersion first = note.validate(1, new NoteText("signed text"), "author", AT);
        assertEquals(1, first.number());
        assertEquals(2, first.revision());
        assertNull(note.draftText());
        assertThrows(RuleRefusedException.class, () -> note.saveDraft(2, new NoteText("changed"), "author", AT));
        NoteVersion second = note.amend(2, first, new Amendment(new NoteText("corrected text"), "wrong date"), "colleague", AT);
        assertEquals(2, second.number());
        assertTrue(second.isAmendment());
        assertEquals("signed text", first.text(), "the first version is untouched");
        assertThrows(StaleNoteException.class, () -> note.amend(2, second, new Amendment(new NoteText("again"), "why"), "author", AT));
    }

    @Test
    void noteTextHasAStatedLimit_keepsMarkup_andRefusesControlCharacters() {
        assertEquals("<script>x</script>", new NoteText("<script>x</script>").value());
        new NoteText("a".repeat(NoteText.MAX_LENGTH));
        var tooLong = assertThrows(IllegalArgumentException.class, () -> new NoteText("a".repeat(NoteText.MAX_LENGTH + 1)));
        assertTrue(tooLong.getMessage().contains("at most 100,000 characters"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NoteText("bell\u0007"));
        assertEquals("line\nnext\ttab", new NoteText("line\nnext\ttab").value());
        assertThrows(IllegalArgumentException.class, () -> new Amendment(new NoteText("text"), " "));
        assertThrows(IllegalArgumentException.class, () -> new NoteText("  ").requireWritten());
    }
}
