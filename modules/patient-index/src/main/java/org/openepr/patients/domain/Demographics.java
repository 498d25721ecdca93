package org.openepr.patients.domain;

import org.openepr.platform.time.UkDates;
import java.time.LocalDate;
import org.openepr.platform.errors.InputCheck;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;

/**
 * A patient's checked demographics: every value valid, so a Patient can never hold a bad one.
 * Null means not recorded: no registered GP, no phone, no next of kin, language or ethnicity asked, not deceased.
 */
public record Demographics(NhsNumber nhsNumber, String familyName, String givenName, LocalDate birthDate, Gender gender,
                           Address address, OdsCode gpPractice, PhoneNumber phone, EmailAddress email, NextOfKin nextOfKin,
                           Language preferredLanguage, boolean interpreterRequired, EthnicCategory ethnicCategory,
                           LocalDate deceasedDate) {

    public static final int NAME_MAX = 100;
    public static final int ADDRESS_LINE_MAX = 150;
    public static final int RELATIONSHIP_MAX = 50;
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
        OdsCode gp = check.field("gpPractice", () -> gpPractice(form));
        PhoneNumber phone = check.field("phone", () -> blank(form.phone()) ? null : PhoneNumber.of("Phone number", form.phone()));
        EmailAddress email = check.field("email", () -> blank(form.email()) ? null : EmailAddress.of(form.email()));
        NextOfKin kin = nextOfKin(form, check);
        Language language = check.field("preferredLanguage", () -> blank(form.preferredLanguage()) ? null : Language.fromTag(form.preferredLanguage()));
        if (form.interpreterRequired() && blank(form.preferredLanguage())) {
            check.problem("preferredLanguage", "Preferred language is required when an interpreter is needed: say which language");
        }
        EthnicCategory ethnicity = check.field("ethnicCategory", () -> blank(form.ethnicCategory()) ? null : EthnicCategory.fromCode(form.ethnicCategory()));
        LocalDate died = check.field("deceasedDate", () -> blank(form.deceasedDate()) ? null : deceasedDate(form.deceasedDate(), born, today));
        check.throwIfAny();
        return new Demographics(nhs, family, given, born, gender, new Address(line1, line2, town, postcode), gp, phone, email, kin,
                language, form.interpreterRequired(), ethnicity, died);
    }

    /** The GP practice, or none when the form says so in words; a blank practice alone is a mistake, not "none". */
    private static OdsCode gpPractice(PatientForm form) {
        if (form.noRegisteredGp()) {
            if (!blank(form.gpPractice())) {
                throw new IllegalArgumentException("Give a GP practice or choose \"No registered GP\", not both");
            }
            return null;
        }
        if (blank(form.gpPractice())) {
            throw new IllegalArgumentException("GP practice ODS code is required, or choose \"No registered GP\"");
        }
        return OdsCode.gpPractice(form.gpPractice());
    }

    /** All or nothing: a name and a relationship at least, so a phone number is never someone nobody can name. */
    private static NextOfKin nextOfKin(PatientForm form, InputCheck check) {
        if (blank(form.nextOfKinName()) && blank(form.nextOfKinRelationship()) && blank(form.nextOfKinPhone())) {
            return null;
        }
        String name = check.field("nextOfKinName", () -> InputCheck.text("Next of kin's name", form.nextOfKinName(), NAME_MAX, true));
        String relationship = check.field("nextOfKinRelationship",
                () -> InputCheck.text("Next of kin's relationship", form.nextOfKinRelationship(), RELATIONSHIP_MAX, true));
        PhoneNumber phone = check.field("nextOfKinPhone",
                () -> blank(form.nextOfKinPhone()) ? null : PhoneNumber.of("Next of kin's phone number", form.nextOfKinPhone()));
        return new NextOfKin(name, relationship, phone);
    }

    static LocalDate deceasedDate(String text, LocalDate born, LocalDate today) {
        LocalDate date = UkDates.parseTyped(text)
                .orElseThrow(() -> new IllegalArgumentException("Date of death must be a date written DD/MM/YYYY, e.g. 02/11/2026"));
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("Date of death cannot be in the future");
        }
        if (born != null && date.isBefore(born)) {
            throw new IllegalArgumentException("Date of death cannot be before the date of birth");
        }
        return date;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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
