package org.openepr.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.support.MedicineOrders.FHIR;
import static org.openepr.it.support.MedicineOrders.OURS;
import static org.openepr.it.support.MedicineOrders.order;
import static org.openepr.it.support.MedicineOrders.post;
import static org.openepr.it.support.MedicineOrders.productId;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.Http;
import org.openepr.it.support.KeycloakAdmin;
import org.openepr.it.support.Names;
import org.openepr.it.support.NhsNumbers;
import org.openepr.it.support.Tokens;
import org.openepr.it.support.UkCore;

/**
 * The pharmacist through the API: the worklist ({@code MedicationRequest?verification=awaiting}, the whole trust, oldest
 * first, by service and high risk, paged) and {@code MedicationRequest/{id}/$verify} (the version seen, a note), which
 * the MedicationStatement then shows as PharmacistVerifiedIndicator. Only pharmacists, never their own order, never
 * another trust's.
 */
class PharmacyApiIT {

    static final String SERTRALINE = "Sertraline 50mg tablets";
    static final String LITHIUM = "Lithium carbonate 400mg modified-release tablets";
    static final String VERIFICATION = OURS + "pharmacy-verification";
    static final String PHARMACIST_VERIFIED = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-PharmacistVerifiedIndicator";

    static String patient(String token) {
        return Fhir.register(token, Fhir.patient(NhsNumbers.next(), Names.unique("Pharmapi"), "Ann", "1968-03-03")).getIdPart();
    }

    /** An order for a new patient (so nothing else screens against it) in {@code service}; returns it as created. */
    static MedicationRequest prescribe(String token, String service, String medicine, String dose) {
        MedicationRequest r = order(patient(token), productId(token, medicine), dose, "ONCE_DAILY");
        r.getExtension().removeIf(e -> e.getUrl().equals(OURS + "prescribing-service"));
        r.addExtension(new Extension(OURS + "prescribing-service", new StringType(service)));
        var made = post("MedicationRequest", token, r);
        assertEquals(201, made.status(), made.body());
        return Fhir.parse(MedicationRequest.class, made.body());
    }

    static Http.Answer worklist(String token, String query) {
        return Http.get(FHIR + "MedicationRequest?verification=awaiting" + query, token);
    }

    static List<String> ids(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return Fhir.bundle(answer).getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    static String service(String name) {
        return "&service=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Http.Answer verify(String token, String orderId, String version, String note) {
        Parameters p = new Parameters();
        p.addParameter().setName("version").setValue(new StringType(version));
        if (note != null) {
            p.addParameter().setName("note").setValue(new StringType(note));
        }
        return Http.post(FHIR + "MedicationRequest/" + orderId + "/$verify", token, Fhir.json(p), Map.of());
    }

    static String verification(MedicationRequest r) {
        return ((Coding) r.getExtensionByUrl(VERIFICATION).getValue()).getCode();
    }

    @Test
    void theWorklistListsTheTrustsAwaitingOrdersOldestFirstByServiceAndHighRiskPaged() {
        String prescriber = Tokens.of("rat.clinician");
        String pharmacist = Tokens.of("rat.pharmacist");
        String team = "CMHT " + Names.unique("Worklist");
        String first = prescribe(prescriber, team, SERTRALINE, "50").getIdPart();
        String second = prescribe(prescriber, team, LITHIUM, "400").getIdPart();
        String third = prescribe(prescriber, team, SERTRALINE, "100").getIdPart();
        String elsewhere = prescribe(Tokens.of("rkl.clinician"), team, SERTRALINE, "50").getIdPart();

        var all = worklist(pharmacist, service(team));
        assertEquals(List.of(first, second, third), ids(all), "oldest first, another trust's order absent: " + all.body());
        Bundle bundle = Fhir.bundle(all);
        assertEquals(3, bundle.getTotal());
        MedicationRequest shown = (MedicationRequest) bundle.getEntryFirstRep().getResource();
        assertEquals("awaiting", verification(shown));
        assertEquals(team, ((StringType) shown.getExtensionByUrl(OURS + "prescribing-service").getValue()).getValue());
        assertTrue(shown.getSubject().getDisplay() != null && shown.getSubject().getDisplay().toLowerCase().contains("pharmapi"),
                "the patient is named: " + shown.getSubject().getDisplay());
        assertEquals(List.of(), UkCore.errors(Fhir.json(shown)), Fhir.json(shown));

        assertEquals(List.of(second), ids(worklist(pharmacist, service(team) + "&high-risk=true")), "lithium is high risk");
        assertEquals(List.of(first, second, third), ids(worklist(pharmacist, service(team) + "&high-risk=false")));

        var firstPage = worklist(pharmacist, service(team) + "&_count=2");
        assertEquals(List.of(first, second), ids(firstPage));
        assertEquals(3, Fhir.bundle(firstPage).getTotal());
        String next = Fhir.bundle(firstPage).getLink("next").getUrl();
        assertTrue(next.contains("_offset=2"), next);
        assertEquals(List.of(third), ids(worklist(pharmacist, service(team) + "&_count=2&_offset=2")));

        var rkl = worklist(Tokens.of("rkl.pharmacist"), service(team));
        assertEquals(List.of(elsewhere), ids(rkl), "each trust's pharmacist sees only their trust's orders");

        var unfiltered = ids(worklist(pharmacist, "&_count=100"));
        assertFalse(unfiltered.contains(elsewhere), "another trust's order is never in the worklist");

        var mixed = Http.get(FHIR + "MedicationRequest?verification=awaiting&patient=" + shown.getSubject().getReferenceElement().getIdPart(), pharmacist);
        assertEquals(400, mixed.status(), mixed.body());
        var serviceAlone = Http.get(FHIR + "MedicationRequest?patient=" + shown.getSubject().getReferenceElement().getIdPart() + service(team), pharmacist);
        assertEquals(400, serviceAlone.status(), serviceAlone.body());
        assertEquals(400, worklist(pharmacist, "&high-risk=maybe").status());
        assertEquals(400, Http.get(FHIR + "MedicationRequest?verification=verified", pharmacist).status());
    }

    @Test
    void verifyVerifiesTheVersionSeenAndTheMedicinesListSaysSo() {
        String prescriber = Tokens.of("rat.clinician");
        String pharmacist = Tokens.of("rat.pharmacist");
        String team = "CMHT " + Names.unique("Verify");
        MedicationRequest made = prescribe(prescriber, team, SERTRALINE, "50");
        String id = made.getIdPart();
        var read = Http.get(FHIR + "MedicationRequest/" + id, pharmacist);
        String seen = Fhir.parse(MedicationRequest.class, read.body()).getMeta().getVersionId();

        assertEquals(409, verify(pharmacist, id, String.valueOf(Integer.parseInt(seen) + 1), null).status(),
                "a version the order never had is stale");
        var refusedBadBody = Http.post(FHIR + "MedicationRequest/" + id + "/$verify", pharmacist, "{\"resourceType\":\"Parameters\"}", Map.of());
        assertEquals(400, refusedBadBody.status(), refusedBadBody.body());
        assertTrue(refusedBadBody.body().contains("version"), refusedBadBody.body());

        var verified = verify(pharmacist, id, seen, "Checked with the care coordinator");
        assertEquals(200, verified.status(), verified.body());
        assertEquals(List.of(), UkCore.errors(verified.body()), verified.body());
        MedicationRequest after = Fhir.parse(MedicationRequest.class, verified.body());
        assertEquals(id, after.getIdPart());
        assertEquals("verified", verification(after));
        assertNotEquals(seen, after.getMeta().getVersionId(), "the order's version moves on");
        assertEquals(List.of(), ids(worklist(pharmacist, service(team))), "off the worklist");

        var stale = verify(pharmacist, id, seen, null);
        assertEquals(409, stale.status(), "verifying the version already verified is stale: " + stale.body());
        assertEquals("OperationOutcome", stale.json().getString("resourceType"));

        String patient = made.getSubject().getReferenceElement().getIdPart();
        var list = Http.get(FHIR + "MedicationStatement?patient=" + patient, prescriber);
        assertEquals(200, list.status(), list.body());
        MedicationStatement statement = (MedicationStatement) Fhir.bundle(list).getEntryFirstRep().getResource();
        assertTrue(((BooleanType) statement.getExtensionByUrl(PHARMACIST_VERIFIED).getValue()).booleanValue(), list.body());
        var one = Http.get(FHIR + "MedicationStatement/" + statement.getIdPart(), prescriber);
        assertEquals(List.of(), UkCore.errors(one.body()), one.body());
    }

    @Test
    void aPharmacistCannotVerifyAnOrderTheyPrescribed() {
        String both = KeycloakAdmin.tokenOfUserWithRoles("rat.pharmacist.prescriber", "RAT", "clinician", "prescriber", "pharmacist");
        MedicationRequest made = prescribe(both, "CMHT " + Names.unique("Self"), SERTRALINE, "50");
        var refused = verify(both, made.getIdPart(), made.getMeta().getVersionId(), null);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(Fhir.diagnostics(refused).contains("another pharmacist must verify it"), refused.body());
        var still = Fhir.parse(MedicationRequest.class, Http.get(FHIR + "MedicationRequest/" + made.getIdPart(), both).body());
        assertEquals("awaiting", verification(still));
        assertEquals(made.getMeta().getVersionId(), still.getMeta().getVersionId(), "nothing saved");

        var byAnother = verify(Tokens.of("rat.pharmacist"), made.getIdPart(), made.getMeta().getVersionId(), null);
        assertEquals(200, byAnother.status(), byAnother.body());
    }

    @Test
    void onlyPharmacistsOfTheOrdersTrust() {
        MedicationRequest made = prescribe(Tokens.of("rat.clinician"), "CMHT " + Names.unique("Access"), SERTRALINE, "50");
        String clinician = Tokens.of("rat.clinician");
        var list = worklist(clinician, "");
        assertEquals(403, list.status(), list.body());
        assertEquals("OperationOutcome", list.json().getString("resourceType"));
        var verifyAsClinician = verify(clinician, made.getIdPart(), made.getMeta().getVersionId(), null);
        assertEquals(403, verifyAsClinician.status(), verifyAsClinician.body());

        var otherTrust = verify(Tokens.of("rkl.pharmacist"), made.getIdPart(), made.getMeta().getVersionId(), null);
        assertEquals(404, otherTrust.status(), "another trust's order does not exist: " + otherTrust.body());
        var unknown = verify(Tokens.of("rat.pharmacist"), java.util.UUID.randomUUID().toString(), "1", null);
        assertEquals(404, unknown.status(), unknown.body());

        var still = Fhir.parse(MedicationRequest.class, Http.get(FHIR + "MedicationRequest/" + made.getIdPart(), clinician).body());
        assertEquals("awaiting", verification(still), "none of them changed it");
    }
}
