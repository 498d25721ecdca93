package org.openepr.patients.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.identity.NhsNumber;

/**
 * What a user searches the index by: any of an NHS number, the start of a family name, the start of a given name, a
 * postcode and a date of birth. Each finds patients on its own; together they narrow. Results come a page at a time.
 */
public record PatientSearch(Optional<NhsNumber> nhsNumber, Optional<String> familyPrefix, Optional<String> givenPrefix,
                            Optional<Postcode> postcode, Optional<LocalDate> birthDate, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MIN_PREFIX = 2;

    public static PatientSearch byNhsNumber(NhsNumber number) {
        return new PatientSearch(Optional.of(number), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 20);
    }

    /** By NHS number, family name and date of birth only (the API's first parameters). */
    public static PatientSearch parse(String nhsNumber, String family, String birthDate, int page, int pageSize, LocalDate today) {
        return parse(nhsNumber, family, null, null, birthDate, page, pageSize, today);
    }

    /** Parses search input from a screen or the API, naming the field at fault. Blank fields are not searched by. */
    public static PatientSearch parse(String nhsNumber, String family, String given, String postcode, String birthDate,
                                      int page, int pageSize, LocalDate today) {
        InputCheck check = new InputCheck();
        var number = Optional.ofNullable(given(nhsNumber) ? check.field("nhsNumber", () -> NhsNumber.of(nhsNumber)) : null);
        var familyPrefix = Optional.ofNullable(given(family) ? check.field("family", () -> prefix("Family name", family)) : null);
        var givenPrefix = Optional.ofNullable(given(given) ? check.field("given", () -> prefix("Given name", given)) : null);
        var lives = Optional.ofNullable(given(postcode) ? check.field("postcode", () -> new Postcode(postcode)) : null);
        var born = Optional.ofNullable(given(birthDate) ? check.field("birthdate", () -> Demographics.birthDate(birthDate, today)) : null);
        if (!given(nhsNumber) && !given(family) && !given(given) && !given(postcode) && !given(birthDate)) {
            check.problem("family", "Search by NHS number, family name or given name (at least " + MIN_PREFIX
                    + " letters), postcode or date of birth: any one of them, or several to narrow the search");
        }
        if (page < 0) {
            check.problem("page", "Page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            check.problem("count", "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        check.throwIfAny();
        return new PatientSearch(number, familyPrefix, givenPrefix, lives, born, page, pageSize);
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String prefix(String label, String name) {
        String text = InputCheck.text(label, name, Demographics.NAME_MAX, true);
        if (text.length() < MIN_PREFIX) {
            throw new IllegalArgumentException(label + " must have at least " + MIN_PREFIX + " letters to search by");
        }
        return Patient.searchKey(text);
    }

    /** For the audit line: the criteria used, never the patients' details beyond them. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        nhsNumber.ifPresent(n -> parts.add("nhsNumber=" + n.value()));
        familyPrefix.ifPresent(f -> parts.add("family=" + f));
        givenPrefix.ifPresent(g -> parts.add("given=" + g));
        postcode.ifPresent(p -> parts.add("postcode=" + p.value()));
        birthDate.ifPresent(d -> parts.add("birthdate=" + d));
        parts.add("page=" + page);
        return String.join(" ", parts);
    }
}
