package org.openepr.patients.interfaces.web;

import org.openepr.platform.time.UkDates;
import java.io.Serializable;
import org.openepr.patients.application.PatientRecord;
import org.openepr.patients.domain.EthnicCategory;
import org.openepr.patients.domain.Gender;
import org.openepr.patients.domain.Language;
import org.openepr.patients.domain.PatientForm;

/** The demographics fields a registration or edit screen binds to; all text, checked by the domain. */
public class DemographicsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nhsNumber;
    private String familyName;
    private String givenName;
    private String birthDate;
    private String gender;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String gpPractice;
    private boolean noRegisteredGp;
    private String phone;
    private String email;
    private String nextOfKinName;
    private String nextOfKinRelationship;
    private String nextOfKinPhone;
    private String preferredLanguage;
    private boolean interpreterRequired;
    private String ethnicCategory;
    private String deceasedDate;

    static DemographicsForm of(PatientRecord r) {
        DemographicsForm f = new DemographicsForm();
        f.nhsNumber = r.nhsNumberFormatted();
        f.familyName = r.familyName();
        f.givenName = r.givenName();
        f.birthDate = UkDates.typed(r.birthDate());
        f.gender = r.gender();
        f.addressLine1 = r.addressLine1();
        f.addressLine2 = r.addressLine2();
        f.town = r.town();
        f.postcode = r.postcode();
        f.gpPractice = r.gpPractice();
        f.noRegisteredGp = !r.hasRegisteredGp();
        f.phone = r.phone() == null ? null : r.phone().value();
        f.email = r.email() == null ? null : r.email().value();
        if (r.nextOfKin() != null) {
            f.nextOfKinName = r.nextOfKin().name();
            f.nextOfKinRelationship = r.nextOfKin().relationship();
            f.nextOfKinPhone = r.nextOfKin().phone() == null ? null : r.nextOfKin().phone().value();
        }
        f.preferredLanguage = r.preferredLanguage() == null ? null : r.preferredLanguage().tag();
        f.interpreterRequired = r.interpreterRequired();
        f.ethnicCategory = r.ethnicCategory() == null ? null : r.ethnicCategory().code();
        f.deceasedDate = UkDates.typed(r.deceasedDate());
        return f;
    }

    PatientForm toForm() {
        return new PatientForm(nhsNumber, familyName, givenName, birthDate, gender, addressLine1, addressLine2, town, postcode,
                noRegisteredGp ? null : gpPractice, noRegisteredGp, phone, email, nextOfKinName, nextOfKinRelationship, nextOfKinPhone,
                preferredLanguage, interpreterRequired, ethnicCategory, deceasedDate);
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public EthnicCategory[] getEthnicCategories() {
        return EthnicCategory.values();
    }

    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getGpPractice() { return gpPractice; }
    public void setGpPractice(String v) { gpPractice = v; }
    public boolean isNoRegisteredGp() { return noRegisteredGp; }
    public void setNoRegisteredGp(boolean v) { noRegisteredGp = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getNextOfKinName() { return nextOfKinName; }
    public void setNextOfKinName(String v) { nextOfKinName = v; }
    public String getNextOfKinRelationship() { return nextOfKinRelationship; }
    public void setNextOfKinRelationship(String v) { nextOfKinRelationship = v; }
    public String getNextOfKinPhone() { return nextOfKinPhone; }
    public void setNextOfKinPhone(String v) { nextOfKinPhone = v; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { preferredLanguage = v; }
    public boolean isInterpreterRequired() { return interpreterRequired; }
    public void setInterpreterRequired(boolean v) { interpreterRequired = v; }
    public String getEthnicCategory() { return ethnicCategory; }
    public void setEthnicCategory(String v) { ethnicCategory = v; }
    public String getDeceasedDate() { return deceasedDate; }
    public void setDeceasedDate(String v) { deceasedDate = v; }
}
