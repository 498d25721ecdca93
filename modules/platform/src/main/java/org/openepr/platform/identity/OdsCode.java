package org.openepr.platform.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An NHS Organisation Data Service code: trusts (RAT, RKL, TAF, RV3), sites, GP practices (F84003).
 * Stored upper-case; three to six letters and digits, starting with a letter.
 */
public final class OdsCode {

    public static final String FHIR_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{2,5}");
    private static final Pattern GP_PRACTICE = Pattern.compile("[A-Z]\\d{5}");

    private final String code;

    private OdsCode(String code) {
        this.code = code;
    }

    public static OdsCode of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException("ODS code is required");
        }
        String code = input.strip().toUpperCase();
        if (!SHAPE.matcher(code).matches()) {
            throw new InvalidIdentifierException("ODS code must be 3 to 6 letters and digits starting with a letter");
        }
        return new OdsCode(code);
    }

    public static boolean isValid(String input) {
        return input != null && SHAPE.matcher(input.strip().toUpperCase()).matches();
    }

    /** A GP practice code: one letter then five digits, e.g. F84003. */
    public static OdsCode gpPractice(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidIdentifierException("GP practice ODS code is required");
        }
        String code = input.strip().toUpperCase();
        if (!GP_PRACTICE.matcher(code).matches()) {
            throw new InvalidIdentifierException("GP practice ODS code must be a letter and five digits, e.g. F84003");
        }
        return new OdsCode(code);
    }

    public String value() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OdsCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
