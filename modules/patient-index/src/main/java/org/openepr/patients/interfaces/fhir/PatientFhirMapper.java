package org.openepr.patients.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.openepr.patients.application.PatientRecord;
import org.openepr.patients.domain.EthnicCategory;
import org.openepr.patients.domain.Language;
import org.openepr.patients.domain.NextOfKin;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;

/** Between the patient index and UK Core Patient resources. */
@ApplicationScoped
public class PatientFhirMapper {

    public static final String UK_CORE_PATIENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";

    public static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    /** The core extension UK Core Patient profiles for "needs an interpreter". */
    public static final String INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
    static final String LANGUAGE_SYSTEM = "urn:ietf:bcp:47";
    static final String CONTACT_ROLE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String NEXT_OF_KIN = "N";

    /** Where each form field lives in a FHIR Patient, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.ofEntries(
            Map.entry("nhsNumber", "Patient.identifier.where(system='" + NhsNumber.FHIR_SYSTEM + "').value"),
            Map.entry("familyName", "Patient.name.family"),
            Map.entry("givenName", "Patient.name.given"),
            Map.entry("birthDate", "Patient.birthDate"),
            Map.entry("gender", "Patient.gender"),
            Map.entry("addressLine1", "Patient.address.line[0]"),
            Map.entry("addressLine2", "Patient.address.line[1]"),
            Map.entry("town", "Patient.address.city"),
            Map.entry("postcode", "Patient.address.postalCode"),
            Map.entry("gpPractice", "Patient.generalPractitioner.identifier.value"),
            Map.entry("phone", "Patient.telecom.where(system='phone').value"),
            Map.entry("email", "Patient.telecom.where(system='email').value"),
            Map.entry("nextOfKinName", "Patient.contact.name.text"),
            Map.entry("nextOfKinRelationship", "Patient.contact.relationship.text"),
            Map.entry("nextOfKinPhone", "Patient.contact.telecom.value"),
            Map.entry("preferredLanguage", "Patient.communication.language"),
            Map.entry("ethnicCategory", "Patient.extension('" + ETHNIC_CATEGORY + "').value"),
            Map.entry("deceasedDate", "Patient.deceasedDateTime"));

    public Patient toFhir(PatientRecord record, OdsCode trust) {
        Patient patient = new Patient();
        patient.setId(record.id().toString());
        patient.getMeta().addProfile(UK_CORE_PATIENT).setVersionId(Integer.toString(record.version()));
        patient.addIdentifier().setSystem(NhsNumber.FHIR_SYSTEM).setValue(record.nhsNumber());
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(record.familyName()).addGiven(record.givenName());
        if (record.phone() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.PHONE).setUse(ContactPointUse.HOME).setValue(record.phone().value());
        }
        if (record.email() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setUse(ContactPointUse.HOME).setValue(record.email().value());
        }
        patient.setGender(AdministrativeGender.fromCode(record.gender()));
        patient.setBirthDateElement(new DateType(record.birthDate().toString()));
        if (record.deceasedDate() != null) {
            patient.setDeceased(new DateTimeType(record.deceasedDate().toString()));
        }
        Address address = patient.addAddress().setUse(Address.AddressUse.HOME).addLine(record.addressLine1());
        if (record.addressLine2() != null) {
            address.addLine(record.addressLine2());
        }
        address.setCity(record.town()).setPostalCode(record.postcode());
        if (record.nextOfKin() != null) {
            NextOfKin kin = record.nextOfKin();
            var contact = patient.addContact().setName(new HumanName().setText(kin.name()));
            contact.addRelationship().setText(kin.relationship()).addCoding().setSystem(CONTACT_ROLE_SYSTEM).setCode(NEXT_OF_KIN)
                    .setDisplay("Next-of-Kin");
            if (kin.phone() != null) {
                contact.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(kin.phone().value());
            }
        }
        if (record.preferredLanguage() != null) {
            Language language = record.preferredLanguage();
            patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(
                    new Coding(LANGUAGE_SYSTEM, language.tag(), language.label())));
        }
        if (record.preferredLanguage() != null || record.interpreterRequired()) {
            patient.addExtension(INTERPRETER_REQUIRED, new BooleanType(record.interpreterRequired()));
        }
        if (record.ethnicCategory() != null) {
            EthnicCategory ethnicity = record.ethnicCategory();
            patient.addExtension(ETHNIC_CATEGORY, new CodeableConcept(
                    new Coding(EthnicCategory.FHIR_SYSTEM, ethnicity.code(), ethnicity.label())));
        }
        if (record.hasRegisteredGp()) {
            patient.addGeneralPractitioner(organisation(record.gpPractice()));
        }
        patient.setManagingOrganization(organisation(trust.value()));
        return patient;
    }

    private static Reference organisation(String odsCode) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(odsCode));
    }

    /**
     * Reads what a client sent; checking the values is left to the domain, which names the field at fault. A Patient
     * without generalPractitioner has no registered GP (a homeless patient, a new arrival): UK Core does not require one.
     */
    public PatientForm toForm(Patient patient) {
        String nhs = patient.getIdentifier().stream().filter(i -> NhsNumber.FHIR_SYSTEM.equals(i.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(null);
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        String given = name.getGiven().stream().map(StringType::getValue).findFirst().orElse(null);
        Address address = patient.getAddressFirstRep();
        String line1 = address.getLine().size() > 0 ? address.getLine().get(0).getValue() : null;
        String line2 = address.getLine().size() > 1 ? address.getLine().get(1).getValue() : null;
        String gp = patient.getGeneralPractitioner().stream().map(Reference::getIdentifier)
                .filter(i -> i != null && OdsCode.FHIR_SYSTEM.equals(i.getSystem())).map(Identifier::getValue).findFirst().orElse(null);
        var kin = patient.getContact().stream().filter(c -> c.getRelationship().stream()
                        .anyMatch(r -> r.hasCoding(CONTACT_ROLE_SYSTEM, NEXT_OF_KIN))).findFirst()
                .orElse(patient.getContact().isEmpty() ? null : patient.getContactFirstRep());
        String language = patient.getCommunication().stream().filter(c -> c.getPreferred()).findFirst()
                .or(() -> patient.getCommunication().stream().findFirst())
                .flatMap(c -> c.getLanguage().getCoding().stream().map(Coding::getCode).findFirst()).orElse(null);
        Extension interpreter = patient.getExtensionByUrl(INTERPRETER_REQUIRED);
        Extension ethnicity = patient.getExtensionByUrl(ETHNIC_CATEGORY);
        return new PatientForm(nhs, name.getFamily(), given, patient.getBirthDateElement().getValueAsString(),
                patient.getGender() == null ? null : patient.getGender().toCode(), line1, line2, address.getCity(),
                address.getPostalCode(), gp, patient.getGeneralPractitioner().isEmpty(), telecom(patient.getTelecom(), ContactPointSystem.PHONE),
                telecom(patient.getTelecom(), ContactPointSystem.EMAIL), kin == null ? null : kinName(kin.getName()),
                kin == null ? null : kin.getRelationship().stream().map(CodeableConcept::getText).filter(t -> t != null).findFirst().orElse(null),
                kin == null ? null : telecom(kin.getTelecom(), ContactPointSystem.PHONE), language,
                interpreter != null && interpreter.getValue() instanceof BooleanType b && b.booleanValue(),
                ethnicity != null && ethnicity.getValue() instanceof CodeableConcept c ? c.getCodingFirstRep().getCode() : null,
                deceasedDate(patient));
    }

    private static String telecom(java.util.List<ContactPoint> telecom, ContactPointSystem system) {
        return telecom.stream().filter(t -> t.getSystem() == system).map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static String kinName(HumanName name) {
        return name.hasText() ? name.getText() : name.isEmpty() ? null : name.getNameAsSingleString();
    }

    /** The date of death; a death without a date cannot be recorded, so it is refused rather than dropped. */
    private static String deceasedDate(Patient patient) {
        if (patient.hasDeceasedBooleanType() && patient.getDeceasedBooleanType().booleanValue()) {
            throw new InvalidInputException("Patient.deceasedBoolean", "Send the date of death as deceasedDateTime: "
                    + "a death is recorded with its date");
        }
        if (patient.hasDeceasedDateTimeType()) {
            String value = patient.getDeceasedDateTimeType().getValueAsString();
            return value == null || value.length() < 10 ? value : value.substring(0, 10);
        }
        return null;
    }
}
