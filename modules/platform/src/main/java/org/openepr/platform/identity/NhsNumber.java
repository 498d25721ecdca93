package org.openepr.platform.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A patient's NHS number: ten digits, the last a Modulus 11 check digit over the first nine.
 * Accepts the number with or without the spaces or dashes of its written 3-3-4 form (999 811 8670, 999-811-8670);
 * refuses anything else, so a held NhsNumber is always a valid one.
 */
public final class NhsNumber {

    public static final String FHIR_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    private static final Pattern PRINTED = Pattern.compile("\\d{3}([ -]?)\\d{3}\\1\\d{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    /** @throws InvalidIdentifierException with a message fit to show a user */
    public static NhsNumber of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException("NHS number is required");
        }
        String trimmed = input.strip();
        // Only the 3-3-4 grouping is accepted (as printed, or as people write it with dashes); other stray characters
        // usually mean a mistyped number.
        String digits = PRINTED.matcher(trimmed).matches() ? trimmed.replaceAll("[ -]", "") : trimmed;
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidIdentifierException("NHS number must contain digits only (10 digits, optionally written 3-3-4 with spaces or dashes)");
        }
        if (digits.length() != 10) {
            throw new InvalidIdentifierException("NHS number must be 10 digits, not " + digits.length());
        }
        int expected = checkDigit(digits);
        if (expected == 10) {
            throw new InvalidIdentifierException("NHS number " + digits + " is not valid: no NHS number has these first nine digits");
        }
        if (expected != digits.charAt(9) - '0') {
            throw new InvalidIdentifierException("NHS number " + digits + " is not valid: its check digit is wrong");
        }
        return new NhsNumber(digits);
    }

    public static boolean isValid(String input) {
        try {
            of(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Modulus 11 over the first nine digits, weights 10..2; returns 0..10 where 10 means no valid number exists. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check;
    }

    public String value() {
        return digits;
    }

    /** The form clinicians read aloud and write: 943 476 5919. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NhsNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
