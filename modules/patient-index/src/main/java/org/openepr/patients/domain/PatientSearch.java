package org.openepr.patients.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.identity.NhsNumber;

/**
 * What a user searches the index by: an NHS number, or the start of a family name with an
 * optional date of birth. Results come a page at a time.
 */
public record PatientSearch(Optional<NhsNumber> nhsNumber, Optional<String> familyPrefix, Optional<LocalDate> birthDate,
                            int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MIN_PREFIX = 2;

    public static PatientSearch byNhsNumber(NhsNumber number) {
        return new PatientSearch(Optional.of(number), Optional.empty(), Optional.empty(), 0, 20);
    }

    /** Parses search input from a screen or the API, naming the field at fault. */
    public static PatientSearch parse(String nhsNumber, String family, String birthDate, int page, int pageSize, LocalDate today) {
        InputCheck check = new InputCheck();
        boolean byNumber = nhsNumber != null && !nhsNumber.isBlank();
        boolean byName = family != null && !family.isBlank();
        NhsNumber number = byNumber ? check.field("nhsNumber", () -> NhsNumber.of(nhsNumber)) : null;
        String prefix = byName ? check.field("family", () -> prefix(family)) : null;
        LocalDate born = birthDate != null && !birthDate.isBlank() ? check.field("birthdate", () -> Demographics.birthDate(birthDate, today)) : null;
        if (!byNumber && !byName) {
            check.problem("family", "Search by NHS number, or by family name (at least " + MIN_PREFIX + " letters) with an optional date of birth");
        }
        if (page < 0) {
            check.problem("page", "Page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            check.problem("count", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        check.throwIfAny();
        return new PatientSearch(Optional.ofNullable(number), Optional.ofNullable(prefix), Optional.ofNullable(born), page, pageSize);
    }

    private static String prefix(String family) {
        String text = InputCheck.text("Family name", family, Demographics.NAME_MAX, true);
        if (text.length() < MIN_PREFIX) {
            throw new IllegalArgumentException("Family name must have at least " + MIN_PREFIX + " letters to search by");
        }
        return Patient.searchKey(text);
    }

    public String describe() {
        return nhsNumber.map(n -> "nhsNumber=" + n.value())
                .orElseGet(() -> "family=" + familyPrefix.orElse("") + birthDate.map(d -> " birthdate=" + d).orElse(""))
                + " page=" + page;
    }
}
