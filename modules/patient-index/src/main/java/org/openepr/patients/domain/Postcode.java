package org.openepr.patients.domain;

import java.util.regex.Pattern;

/** A UK postcode, stored in its standard printed form: outward code, space, inward code (SW1A 1AA). */
public record Postcode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}");

    public Postcode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Postcode is required");
        }
        String compact = value.replace(" ", "").toUpperCase();
        if (compact.length() > 7 || !SHAPE.matcher(compact).matches()) {
            throw new IllegalArgumentException("Postcode must be a UK postcode, e.g. E1 6AN");
        }
        value = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
