package org.openepr.patients.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/** A telephone number as people write it (020 7946 0123, +44 7700 900123): 10 to 15 digits, kept as written. */
public record PhoneNumber(String value) implements Serializable {

    private static final Pattern WRITTEN = Pattern.compile("\\+?[0-9 ()-]+");

    /** @param label the field as the form names it, so the message says which number is wrong */
    public static PhoneNumber of(String label, String text) {
        String written = text.strip().replaceAll("\\s+", " ");
        long digits = written.chars().filter(Character::isDigit).count();
        if (!WRITTEN.matcher(written).matches() || digits < 10 || digits > 15) {
            throw new IllegalArgumentException(label + " must be a telephone number of 10 to 15 digits, e.g. 020 7946 0123");
        }
        return new PhoneNumber(written);
    }

    /** For FHIR and comparison: digits and a leading +. */
    public String compact() {
        return value.replaceAll("[^0-9+]", "");
    }
}
