package org.openepr.platform.text;

/** A value with words for people: an enum shown on a screen or a printout implements this, so its code never is. */
public interface Labelled {

    /** As staff say it: "Follow-up", "Did not attend", "Urgent". */
    String label();

    /** Words for a stored code that carries none of its own: PATIENT_VIEWED → "Patient viewed". */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ENGLISH);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
