package org.openepr.patients.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.TrustOwned;

/**
 * A person registered with the trust: the patient index entry every other record hangs from.
 * An NHS number is unique within a trust; another trust may hold its own record of the same person.
 */
@Entity
@Table(name = "patient")
public class Patient extends TrustOwned {

    /** The database's names for the rules it enforces on patients (db/patients). */
    public static final String NHS_NUMBER_UNIQUE = "patient_nhs_number_unique_in_trust";
    public static final String PRIMARY_KEY = "patient_pkey";

    @Id
    private UUID id;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "given_name")
    private String givenName;

    /** Family name upper-cased for prefix search; kept in step with familyName. */
    @Column(name = "search_name")
    private String searchName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Embedded
    private Address address;

    @Column(name = "gp_practice")
    private String gpPractice;

    private String phone;

    private String email;

    @Column(name = "next_of_kin_name")
    private String nextOfKinName;

    @Column(name = "next_of_kin_relationship")
    private String nextOfKinRelationship;

    @Column(name = "next_of_kin_phone")
    private String nextOfKinPhone;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "interpreter_required")
    private boolean interpreterRequired;

    @Column(name = "ethnic_category")
    @Enumerated(EnumType.STRING)
    private EthnicCategory ethnicCategory;

    @Column(name = "deceased_date")
    private LocalDate deceasedDate;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private int version;

    protected Patient() {
    }

    /** @param id chosen by the caller so a repeated submit of the same registration is recognised */
    public static Patient register(UUID id, Demographics d, Instant at, String by) {
        Patient p = new Patient();
        p.id = Objects.requireNonNull(id);
        p.apply(d);
        p.registeredAt = at;
        p.registeredBy = by;
        p.updatedAt = at;
        p.updatedBy = by;
        return p;
    }

    /** Corrects demographics; returns the names of the fields that changed (empty if none did). */
    public List<String> correctDemographics(Demographics d, Instant at, String by) {
        List<String> changed = new ArrayList<>();
        if (!nhsNumber.equals(d.nhsNumber().value())) changed.add("nhsNumber");
        if (!familyName.equals(d.familyName())) changed.add("familyName");
        if (!givenName.equals(d.givenName())) changed.add("givenName");
        if (!birthDate.equals(d.birthDate())) changed.add("birthDate");
        if (gender != d.gender()) changed.add("gender");
        if (!Objects.equals(address.line1(), d.address().line1()) || !Objects.equals(address.line2(), d.address().line2())
                || !Objects.equals(address.town(), d.address().town()) || !address.postcode().equals(d.address().postcode())) {
            changed.add("address");
        }
        if (!Objects.equals(gpPractice, d.gpPractice() == null ? null : d.gpPractice().value())) changed.add("gpPractice");
        if (!Objects.equals(phone(), d.phone()) || !Objects.equals(email(), d.email())) changed.add("contact");
        if (!Objects.equals(nextOfKin(), d.nextOfKin())) changed.add("nextOfKin");
        if (preferredLanguage() != d.preferredLanguage() || interpreterRequired != d.interpreterRequired()) changed.add("language");
        if (ethnicCategory != d.ethnicCategory()) changed.add("ethnicCategory");
        if (!Objects.equals(deceasedDate, d.deceasedDate())) changed.add("deceasedDate");
        if (!changed.isEmpty()) {
            apply(d);
            updatedAt = at;
            updatedBy = by;
        }
        return changed;
    }

    private void apply(Demographics d) {
        nhsNumber = d.nhsNumber().value();
        familyName = d.familyName();
        givenName = d.givenName();
        searchName = searchKey(d.familyName());
        birthDate = d.birthDate();
        gender = d.gender();
        address = d.address();
        gpPractice = d.gpPractice() == null ? null : d.gpPractice().value();
        phone = d.phone() == null ? null : d.phone().value();
        email = d.email() == null ? null : d.email().value();
        NextOfKin kin = d.nextOfKin();
        nextOfKinName = kin == null ? null : kin.name();
        nextOfKinRelationship = kin == null ? null : kin.relationship();
        nextOfKinPhone = kin == null || kin.phone() == null ? null : kin.phone().value();
        preferredLanguage = d.preferredLanguage() == null ? null : d.preferredLanguage().tag();
        interpreterRequired = d.interpreterRequired();
        ethnicCategory = d.ethnicCategory();
        deceasedDate = d.deceasedDate();
    }

    /**
     * Gives the patient another NHS number (a mistyped one corrected, a temporary one replaced). Its own action,
     * never part of editing the demographics; the number it replaces is kept as a {@link NhsNumberChange}.
     */
    public NhsNumberChange changeNhsNumber(NhsNumber newNumber, String reason, Instant at, String by) {
        NhsNumber old = nhsNumber();
        if (old.equals(newNumber)) {
            throw new IllegalArgumentException("The new NHS number is the same as the current one");
        }
        nhsNumber = newNumber.value();
        updatedAt = at;
        updatedBy = by;
        return new NhsNumberChange(id, old, newNumber, reason, at, by);
    }

    /** The form family names are searched by: upper case, so "o'brien" finds "O'Brien". */
    public static String searchKey(String familyName) {
        return familyName.strip().toUpperCase(Locale.ROOT);
    }

    public boolean hasSameDemographicsAs(Demographics d) {
        return nhsNumber.equals(d.nhsNumber().value()) && familyName.equals(d.familyName()) && givenName.equals(d.givenName())
                && birthDate.equals(d.birthDate());
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public UUID id() {
        return id;
    }

    public NhsNumber nhsNumber() {
        return NhsNumber.of(nhsNumber);
    }

    public String familyName() {
        return familyName;
    }

    public String givenName() {
        return givenName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    public Address address() {
        return address;
    }

    /** Empty when the patient has no registered GP. */
    public Optional<OdsCode> gpPractice() {
        return Optional.ofNullable(gpPractice).map(OdsCode::gpPractice);
    }

    public PhoneNumber phone() {
        return phone == null ? null : new PhoneNumber(phone);
    }

    public EmailAddress email() {
        return email == null ? null : new EmailAddress(email);
    }

    public NextOfKin nextOfKin() {
        return nextOfKinName == null ? null
                : new NextOfKin(nextOfKinName, nextOfKinRelationship, nextOfKinPhone == null ? null : new PhoneNumber(nextOfKinPhone));
    }

    public Language preferredLanguage() {
        return preferredLanguage == null ? null : Language.fromTag(preferredLanguage);
    }

    public boolean interpreterRequired() {
        return interpreterRequired;
    }

    public EthnicCategory ethnicCategory() {
        return ethnicCategory;
    }

    /** Null while the patient is alive (as far as the trust knows). */
    public LocalDate deceasedDate() {
        return deceasedDate;
    }

    public int version() {
        return version;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
