package org.openepr.patients.domain;

import org.openepr.platform.time.UkDates;
import java.time.LocalDate;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;

/** A patient's checked demographics: every value valid, so a Patient can never hold a bad one. */
public record Demographics(NhsNumber nhsNumber, String familyName, String givenName, LocalDate birthDate, Gender gender,
                           Address address, OdsCode gpPractice) {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_LINE_MAX = 150;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Field names match the form's and the API's, so messages can be shown beside the field. */
    public static Demographics parse(PatientForm form, LocalDate today) {
        InputCheck check = new InputCheck();
        NhsNumber nhs = check.field("nhsNumber", () -> NhsNumber.of(form.nhsNumber()));
        String family = check.field("familyName", () -> InputCheck.text("Family name", form.familyName(), NAME_MAX, true));
        String given = check.field("givenName", () -> InputCheck.text("Given name", form.givenName(), NAME_MAX, true));
        LocalDate born = check.field("birthDate", () -> birthDate(form.birthDate(), today));
        Gender gender = check.field("gender", () -> Gender.fromCode(form.gender()));
        String line1 = check.field("addressLine1", () -> InputCheck.text("Address line 1", form.addressLine1(), ADDRESS_LINE_MAX, true));
        String line2 = check.field("addressLine2", () -> InputCheck.text("Address line 2", form.addressLine2(), ADDRESS_LINE_MAX, false));
        String town = check.field("town", () -> InputCheck.text("Town", form.town(), ADDRESS_LINE_MAX, true));
        Postcode postcode = check.field("postcode", () -> new Postcode(form.postcode()));
        OdsCode gp = check.field("gpPractice", () -> OdsCode.gpPractice(form.gpPractice()));
        check.throwIfAny();
        return new Demographics(nhs, family, given, born, gender, new Address(line1, line2, town, postcode), gp);
    }

    static LocalDate birthDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Date of birth is required");
        }
        LocalDate date = UkDates.parseTyped(text)
                .orElseThrow(() -> new IllegalArgumentException("Date of birth must be a date written DD/MM/YYYY, e.g. 23/04/1961"));
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("Date of birth cannot be in the future");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new IllegalArgumentException("Date of birth cannot be before 1900");
        }
        return date;
    }
}
