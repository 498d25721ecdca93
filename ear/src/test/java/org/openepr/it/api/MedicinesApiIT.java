package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.support.MedicineOrders.FHIR;
import static org.openepr.it.support.MedicineOrders.LOCAL;
import static org.openepr.it.support.MedicineOrders.OURS;
import static org.openepr.it.support.MedicineOrders.order;
import static org.openepr.it.support.MedicineOrders.post;
import static org.openepr.it.support.MedicineOrders.productId;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.ServerClock;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * The medicines API: Medication from the knowledge base, AllergyIntolerance, MedicationRequest (screened on create:
 * findings as contained DetectedIssues, 422 for a serious one without a reason) and MedicationStatement, each as UK
 * Core says, each kept inside the caller's trust.
 */
class MedicinesApiIT {

    static final String PRESCRIBER = "rat.clinician";

    static String patient(String token, String family) {
        return Fhir.register(token, Fhir.patient(NhsNumbers.next(), family, "Ann", "1968-03-03")).getIdPart();
    }

    static void assertConforms(String json) {
        assertEquals(List.of(), UkCore.errors(json), json);
    }

    @Test
    void anInteractionIsRefusedWithoutAReasonAndComesBackAsADetectedIssueWithOne() {
        String token = Tokens.of(PRESCRIBER);
        String p = patient(token, Names.unique("Apirx"));
        var lithium = post("MedicationRequest", token, order(p, productId(token, "Lithium carbonate 400mg modified-release tablets"), "400", "TWICE_DAILY"));
        assertEquals(201, lithium.status(), lithium.body());
        assertConforms(lithium.body());

        MedicationRequest ibuprofen = order(p, productId(token, "Ibuprofen 400mg tablets"), "400", "THREE_TIMES_DAILY");
        var refused = post("MedicationRequest", token, ibuprofen);
        assertEquals(422, refused.status(), refused.body());
        var outcome = Fhir.outcome(refused);
        assertTrue(outcome.getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().contains("screening-override-reason"))), refused.body());
        assertTrue(Fhir.diagnostics(refused).toLowerCase().contains("lithium"), refused.body());
        assertEquals(1, requests(token, p, null).getTotal(), "nothing saved by the refused create");

        ibuprofen.addExtension(new Extension(OURS + "screening-override-reason", new StringType("Short course; lithium level in 5 days")));
        var made = post("MedicationRequest", token, ibuprofen);
        assertEquals(201, made.status(), made.body());
        assertConforms(made.body());
        MedicationRequest saved = Fhir.parse(MedicationRequest.class, made.body());
        assertFalse(saved.getDetectedIssue().isEmpty(), "each finding is referenced from the request");
        DetectedIssue issue = (DetectedIssue) saved.getContained().stream().filter(r -> r instanceof DetectedIssue).findFirst().orElseThrow();
        assertEquals("INTERACTION", issue.getCode().getCodingFirstRep().getCode());
        assertTrue(issue.getDetail().contains("Screened against"), "names the knowledge base: " + issue.getDetail());
        assertEquals("awaiting", verification(saved));
        assertEquals("Short course; lithium level in 5 days", ((StringType) saved.getExtensionByUrl(OURS + "screening-override-reason").getValue()).getValue());

        var again = post("MedicationRequest", token, ibuprofen);
        assertEquals(200, again.status(), "a repeated submission answers with the order it made: " + again.body());
        assertEquals(saved.getIdPart(), Fhir.parse(MedicationRequest.class, again.body()).getIdPart());
        assertEquals(2, requests(token, p, "active").getTotal());
        assertEquals(0, requests(token, p, "stopped").getTotal());

        var read = Http.get(FHIR + "MedicationRequest/" + saved.getIdPart(), Tokens.of("rat.pharmacist"));
        assertEquals(200, read.status());
        assertConforms(read.body());
    }

    @Test
    void badPrescriptionsAreRefusedNamingTheFhirPathAndNothingIsSaved() {
        String token = Tokens.of(PRESCRIBER);
        String p = patient(token, Names.unique("Apibad"));
        String sertraline = productId(token, "Sertraline 50mg tablets");
        List<Map.Entry<String, MedicationRequest>> cases = new java.util.ArrayList<>();
        cases.add(Map.entry("doseQuantity", order(p, sertraline, "0", "ONCE_DAILY")));
        cases.add(Map.entry("doseQuantity", order(p, sertraline, "1000000000", "ONCE_DAILY")));
        cases.add(Map.entry("MedicationRequest.medication", order(p, "LVMP9999", "50", "ONCE_DAILY")));
        cases.add(Map.entry("timing.code", order(p, sertraline, "50", "HOURLY")));
        MedicationRequest endBeforeStart = order(p, sertraline, "50", "ONCE_DAILY");
        endBeforeStart.getDosageInstructionFirstRep().getTiming().getRepeat().getBoundsPeriod()
                .setEndElement(new DateTimeType(ServerClock.today().minusDays(1).toString()));
        cases.add(Map.entry("boundsPeriod", endBeforeStart));
        MedicationRequest wrongRoute = order(p, sertraline, "50", "ONCE_DAILY");
        wrongRoute.getDosageInstructionFirstRep().setRoute(new CodeableConcept(new Coding("http://snomed.info/sct", "78421000", null)));
        cases.add(Map.entry("dosageInstruction.route", wrongRoute));
        cases.forEach(c -> {
            String path = c.getKey();
            var answer = post("MedicationRequest", token, c.getValue());
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertTrue(Fhir.outcome(answer).getIssue().stream().anyMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().contains(path))),
                    "names " + path + ": " + answer.body());
        });
        assertEquals(0, requests(token, p, null).getTotal(), "nothing saved");
    }

    @Test
    void allergiesAreRecordedReadAndSearchedAndNoKnownDrugAllergyIsAnEntry() {
        String token = Tokens.of(PRESCRIBER);
        String p = patient(token, Names.unique("Apiallergy"));
        AllergyIntolerance nkda = new AllergyIntolerance();
        nkda.setPatient(new Reference("Patient/" + p));
        nkda.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "409137002", "No known drug allergy")));
        var none = post("AllergyIntolerance", token, nkda);
        assertEquals(201, none.status(), none.body());
        assertConforms(none.body());

        AllergyIntolerance penicillin = new AllergyIntolerance();
        penicillin.setPatient(new Reference("Patient/" + p));
        penicillin.setCode(new CodeableConcept(new Coding(LOCAL, "PENICILLINS", null)));
        penicillin.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
        penicillin.setVerificationStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", null)));
        penicillin.addReaction().setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.SEVERE).addManifestation().setText("Anaphylaxis");
        var made = post("AllergyIntolerance", token, penicillin);
        assertEquals(201, made.status(), made.body());
        assertConforms(made.body());
        String id = Fhir.parse(AllergyIntolerance.class, made.body()).getIdPart();

        var read = Http.get(FHIR + "AllergyIntolerance/" + id, Tokens.of("rat.pharmacist"));
        assertEquals(200, read.status());
        AllergyIntolerance back = Fhir.parse(AllergyIntolerance.class, read.body());
        assertEquals("Penicillins", back.getCode().getText());
        assertEquals("Anaphylaxis", back.getReactionFirstRep().getManifestationFirstRep().getText());
        assertEquals("confirmed", back.getVerificationStatus().getCodingFirstRep().getCode());

        Bundle active = Fhir.bundle(Http.get(FHIR + "AllergyIntolerance?patient=Patient/" + p + "&clinical-status=active", token));
        assertEquals(1, active.getTotal(), "recording an allergy ended the NKDA entry");
        Bundle all = Fhir.bundle(Http.get(FHIR + "AllergyIntolerance?patient=" + p, token));
        assertEquals(2, all.getTotal());
        assertConforms(Fhir.json(all));

        AllergyIntolerance unknown = new AllergyIntolerance();
        unknown.setPatient(new Reference("Patient/" + p));
        unknown.setCode(new CodeableConcept(new Coding(LOCAL, "NOT_A_GROUP", null)));
        unknown.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
        var refused = post("AllergyIntolerance", token, unknown);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("AllergyIntolerance.code"), refused.body());
    }

    @Test
    void theMedicinesListIsMedicationStatementsSayingWhetherPharmacyVerified() {
        String token = Tokens.of(PRESCRIBER);
        String p = patient(token, Names.unique("Apilist"));
        var made = post("MedicationRequest", token, order(p, productId(token, "Sertraline 50mg tablets"), "50", "ONCE_DAILY"));
        assertEquals(201, made.status(), made.body());
        Bundle list = Fhir.bundle(Http.get(FHIR + "MedicationStatement?patient=" + p, token));
        assertEquals(1, list.getTotal());
        MedicationStatement s = (MedicationStatement) list.getEntryFirstRep().getResource();
        var indicator = s.getExtensionByUrl("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PharmacistVerifiedIndicator");
        assertFalse(((BooleanType) indicator.getValue()).booleanValue(), "not verified yet");
        assertEquals("MedicationRequest/" + Fhir.parse(MedicationRequest.class, made.body()).getIdPart(), s.getBasedOnFirstRep().getReference());
        assertConforms(Http.get(FHIR + "MedicationStatement/" + s.getIdPart(), token).body());
        assertEquals(0, Fhir.bundle(Http.get(FHIR + "MedicationStatement?patient=" + p + "&status=stopped", token)).getTotal());
    }

    @Test
    void medicationsComeFromTheKnowledgeBase() {
        String token = Tokens.of("rat.pharmacist");
        String id = productId(token, "Clozapine 100mg tablets");
        var read = Http.get(FHIR + "Medication/" + id, token);
        assertEquals(200, read.status(), read.body());
        assertConforms(read.body());
        assertEquals(LOCAL, Fhir.parse(Medication.class, read.body()).getCode().getCodingFirstRep().getSystem(), "local ids, never dressed as dm+d");
        assertEquals(1, Fhir.bundle(Http.get(FHIR + "Medication?code=" + LOCAL + "%7C" + id, token)).getTotal());
        assertEquals(404, Http.get(FHIR + "Medication/LVMP9999", token).status());
        assertEquals(400, Http.get(FHIR + "Medication", token).status(), "a search names what to search by");
    }

    @Test
    void anotherTrustsOrdersAndAllergiesAnswerAsIfTheyDidNotExist() {
        String rat = Tokens.of(PRESCRIBER);
        String p = patient(rat, Names.unique("Apiother"));
        var made = post("MedicationRequest", rat, order(p, productId(rat, "Sertraline 50mg tablets"), "50", "ONCE_DAILY"));
        String orderId = Fhir.parse(MedicationRequest.class, made.body()).getIdPart();
        AllergyIntolerance nkda = new AllergyIntolerance();
        nkda.setPatient(new Reference("Patient/" + p));
        nkda.setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "409137002", null)));
        String allergyId = Fhir.parse(AllergyIntolerance.class, post("AllergyIntolerance", rat, nkda).body()).getIdPart();

        String rkl = Tokens.of("rkl.clinician");
        assertEquals(404, Http.get(FHIR + "MedicationRequest/" + orderId, rkl).status());
        assertEquals(404, Http.get(FHIR + "MedicationStatement/" + orderId, rkl).status());
        assertEquals(404, Http.get(FHIR + "AllergyIntolerance/" + allergyId, rkl).status());
        assertEquals(404, Http.get(FHIR + "MedicationRequest?patient=" + p, rkl).status(), "another trust's patient is not found");
        assertEquals(404, Http.get(FHIR + "AllergyIntolerance?patient=" + p, rkl).status());
        var prescribing = post("MedicationRequest", rkl, order(p, productId(rkl, "Sertraline 50mg tablets"), "50", "ONCE_DAILY"));
        assertEquals(404, prescribing.status(), "cannot prescribe for another trust's patient: " + prescribing.body());
        assertEquals(1, requests(rat, p, null).getTotal());
    }

    @Test
    void onlyPrescribersCreateOrdersAndClerksSeeNoMedicines() {
        String clinician = Tokens.of(PRESCRIBER);
        String p = patient(clinician, Names.unique("Apirole"));
        var byPharmacist = post("MedicationRequest", Tokens.of("rat.pharmacist"), order(p, productId(clinician, "Sertraline 50mg tablets"), "50", "ONCE_DAILY"));
        assertEquals(403, byPharmacist.status(), byPharmacist.body());
        assertEquals(403, Http.get(FHIR + "MedicationRequest?patient=" + p, Tokens.of("rat.clerk")).status());
        assertEquals(0, requests(clinician, p, null).getTotal());
    }

    static Bundle requests(String token, String patientId, String status) {
        var answer = Http.get(FHIR + "MedicationRequest?patient=" + patientId + (status == null ? "" : "&status=" + status), token);
        assertEquals(200, answer.status(), answer.body());
        return Fhir.bundle(answer);
    }

    static String verification(MedicationRequest r) {
        return ((Coding) r.getExtensionByUrl(OURS + "pharmacy-verification").getValue()).getCode();
    }
}
