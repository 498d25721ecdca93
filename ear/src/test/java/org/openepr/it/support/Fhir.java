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
