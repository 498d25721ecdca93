package org.openepr.caserecord.domain.notes;

/**
 * The text of a note as typed: kept exactly (markup included; screens escape it), up to a stated limit. Line breaks
 * and tabs are text; other control characters are not.
 */
public record NoteText(String value) {

    /** Characters in one note: about 40 typed pages, far beyond any note, and well below what a page can carry. */
    public static final int MAX_LENGTH = 100_000;

    public NoteText {
        if (value == null) {
            throw new IllegalArgumentException("Note text is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Note text must be at most " + String.format("%,d", MAX_LENGTH) + " characters (it has "
                    + String.format("%,d", value.length()) + "): split it into two notes");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("Note text must not contain control characters");
        }
    }

    /** Text to validate or amend: something must have been written. */
    public NoteText requireWritten() {
        if (value.isBlank()) {
            throw new IllegalArgumentException("Note text is required: write the note before validating it");
        }
        return this;
    }

    public boolean isBlank() {
        return value.isBlank();
    }
}
