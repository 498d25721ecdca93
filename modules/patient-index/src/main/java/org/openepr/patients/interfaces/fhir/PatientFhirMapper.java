package org.openepr.patients.interfaces.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.openepr.patients.application.PatientRecord;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;

/** Between the patient index and UK Core Patient resources. */
@ApplicationScoped
public class PatientFhirMapper {

    public static final String UK_CORE_PATIENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";

    /** Where each form field lives in a FHIR Patient, for OperationOutcome expressions. */
    static final Map<String, String> FHIR_PATHS = Map.of(
            "nhsNumber", "Patient.identifier.where(system='" + NhsNumber.FHIR_SYSTEM + "').value",
            "familyName", "Patient.name.family",
            "givenName", "Patient.name.given",
            "birthDate", "Patient.birthDate",
            "gender", "Patient.gender",
            "addressLine1", "Patient.address.line[0]",
            "addressLine2", "Patient.address.line[1]",
            "town", "Patient.address.city",
            "postcode", "Patient.address.postalCode",
            "gpPractice", "Patient.generalPractitioner.identifier.value");

    public Patient toFhir(PatientRecord record, OdsCode trust) {
        Patient patient = new Patient();
        patient.setId(record.id().toString());
        patient.getMeta().addProfile(UK_CORE_PATIENT).setVersionId(Integer.toString(record.version()));
        patient.addIdentifier().setSystem(NhsNumber.FHIR_SYSTEM).setValue(record.nhsNumber());
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(record.familyName()).addGiven(record.givenName());
        patient.setGender(AdministrativeGender.fromCode(record.gender()));
        patient.setBirthDateElement(new DateType(record.birthDate().toString()));
        Address address = patient.addAddress().setUse(Address.AddressUse.HOME).addLine(record.addressLine1());
        if (record.addressLine2() != null) {
            address.addLine(record.addressLine2());
        }
        address.setCity(record.town()).setPostalCode(record.postcode());
        patient.addGeneralPractitioner(organisation(record.gpPractice()));
        patient.setManagingOrganization(organisation(trust.value()));
        return patient;
    }

    private static Reference organisation(String odsCode) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(OdsCode.FHIR_SYSTEM).setValue(odsCode));
    }

    /** Reads what a client sent; checking the values is left to the domain, which names the field at fault. */
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
        return new PatientForm(nhs, name.getFamily(), given, patient.getBirthDateElement().getValueAsString(),
                patient.getGender() == null ? null : patient.getGender().toCode(), line1, line2, address.getCity(),
                address.getPostalCode(), gp);
    }
}
