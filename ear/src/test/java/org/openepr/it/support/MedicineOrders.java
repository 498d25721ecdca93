package org.openepr.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/** Medication orders as an API client writes them, for the medicines tests. */
public final class MedicineOrders {

    public static final String FHIR = Env.BASE_URL + "/fhir/";
    public static final String LOCAL = "https://openepr.org/fhir/CodeSystem/local-medicines";
    public static final String OURS = "https://openepr.org/fhir/StructureDefinition/";

    private MedicineOrders() {
    }

    /** The id of a product of the live knowledge base, found by its exact name through the API. */
    public static String productId(String token, String name) {
        Bundle found = Fhir.bundle(Http.get(FHIR + "Medication?name=" + name.replace(" ", "%20"), token));
        return found.getEntry().stream().map(e -> (Medication) e.getResource()).filter(m -> m.getCode().getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in the dictionary")).getIdPart();
    }

    /** An order starting today, with its own submission id. */
    public static MedicationRequest order(String patientId, String productId, String dose, String frequency) {
        MedicationRequest r = new MedicationRequest();
        r.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE).setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.addIdentifier().setSystem("https://openepr.org/fhir/Id/prescribing-submission").setValue(UUID.randomUUID().toString());
        r.setSubject(new Reference("Patient/" + patientId));
        r.setMedication(new CodeableConcept(new Coding(LOCAL, productId, null)));
        var d = r.addDosageInstruction();
        d.addDoseAndRate().setDose(new Quantity().setValue(new BigDecimal(dose)));
        d.getTiming().setCode(new CodeableConcept(new Coding("https://openepr.org/fhir/CodeSystem/dose-frequency", frequency, null)));
        d.getTiming().getRepeat().setBounds(new Period().setStartElement(new DateTimeType(ServerClock.today().toString())));
        r.addReasonCode().setText("Bipolar affective disorder");
        r.addExtension(new Extension(OURS + "prescribing-service", new StringType("CMHT East")));
        r.getSubstitution().setAllowed(new BooleanType(true));
        return r;
    }

    public static Http.Answer post(String type, String token, Resource body) {
        return Http.post(FHIR + type, token, Fhir.json(body), Map.of());
    }

    /** Prescribes once a day through the API; returns the order's id. */
    public static String prescribe(String token, String patientId, String medicine, String dose) {
        var made = post("MedicationRequest", token, order(patientId, productId(token, medicine), dose, "ONCE_DAILY"));
        assertEquals(201, made.status(), made.body());
        return Fhir.parse(MedicationRequest.class, made.body()).getIdPart();
    }
}
