package org.openepr.it.support;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Builds request bodies and reads responses with HAPI FHIR's R4 structures, as a real client would. */
public final class Fhir {

    public static final FhirContext CONTEXT = FhirContext.forR4Cached();
    public static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

    private Fhir() {
    }

    public static Patient patient(String nhsNumber, String family, String given, String birthDate) {
        Patient p = new Patient();
        p.addIdentifier().setSystem(NHS).setValue(nhsNumber);
        p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given);
        p.setGender(AdministrativeGender.FEMALE);
        p.getBirthDateElement().setValueAsString(birthDate);
        p.addAddress().addLine("12 Example Road").setCity("London").setPostalCode("N1 9GU");
        p.addGeneralPractitioner(new Reference().setType("Organization").setIdentifier(new Identifier().setSystem(ODS).setValue("F84003")));
        return p;
    }

    public static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
    public static final String INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";

    /**
     * A patient as a UK Core client sends one for a homeless new arrival who has since died: no generalPractitioner,
     * a phone and an e-mail, a next of kin, Polish with an interpreter, ethnic category N, and a date of death.
     */
    public static Patient withEveryDetailAndNoGp(Patient p, String deceasedDate) {
        p.getGeneralPractitioner().clear();
        p.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue("020 7946 0123");
        p.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.EMAIL).setValue("ada@example.org");
        var kin = p.addContact().setName(new HumanName().setText("Ngozi Okafor"));
        kin.addRelationship().setText("Daughter").addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v2-0131").setCode("N");
        kin.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue("07700 900123");
        p.addCommunication().setPreferred(true).setLanguage(new org.hl7.fhir.r4.model.CodeableConcept(
                new org.hl7.fhir.r4.model.Coding("urn:ietf:bcp:47", "pl", "Polish")));
        p.addExtension(INTERPRETER_REQUIRED, new org.hl7.fhir.r4.model.BooleanType(true));
        p.addExtension(ETHNIC_CATEGORY, new org.hl7.fhir.r4.model.CodeableConcept(new org.hl7.fhir.r4.model.Coding(
                "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland", "N", "Black or Black British - African")));
        p.setDeceased(new org.hl7.fhir.r4.model.DateTimeType(deceasedDate));
        return p;
    }

    public static String json(Resource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    public static <T extends Resource> T parse(Class<T> type, String body) {
        return CONTEXT.newJsonParser().parseResource(type, body);
    }

    public static Bundle bundle(Http.Answer answer) {
        return parse(Bundle.class, answer.body());
    }

    public static OperationOutcome outcome(Http.Answer answer) {
        return parse(OperationOutcome.class, answer.body());
    }

    /** Registers a patient through the API and returns it as the server answered. */
    public static Patient register(String token, Patient patient) {
        var answer = Http.post(Env.BASE_URL + "/fhir/Patient", token, json(patient), java.util.Map.of());
        if (answer.status() != 201) {
            throw new IllegalStateException("Registration failed: " + answer);
        }
        return parse(Patient.class, answer.body());
    }

    public static String diagnostics(Http.Answer answer) {
        return String.join(" | ", outcome(answer).getIssue().stream().map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics).toList());
    }
}
