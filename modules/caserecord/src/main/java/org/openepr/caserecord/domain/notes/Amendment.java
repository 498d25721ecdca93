package org.openepr.caserecord.domain.notes;

/** A correction to a validated note: the new text and why it was needed. */
public record Amendment(NoteText text, String reason) {

    public static final int REASON_MAX = 500;

    public Amendment {
        text.requireWritten();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason is required: say why the note is amended");
        }
    }
}
