package org.openepr.medicines.interfaces.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedAllergy;
import org.openepr.medicines.application.MedicineRecordsFromImport.ImportedOrder;
import org.openepr.medicines.application.MedicinesForExport.OrderRecord;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.ScreeningRecord;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.screening.Finding;
import org.openepr.medicines.domain.screening.FindingKind;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergyKind;
import org.openepr.medicines.domain.allergies.AllergySeverity;
import org.openepr.medicines.domain.allergies.Certainty;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.medicines.domain.knowledge.SubstanceId;
import org.openepr.medicines.domain.orders.Dose;
import org.openepr.medicines.domain.orders.Frequency;
import org.openepr.medicines.domain.orders.MedicationOrder;
import org.openepr.medicines.domain.orders.OrderQuery;
import org.openepr.medicines.domain.orders.OrderStatus;
import org.openepr.medicines.domain.orders.OrderVersion;
import org.openepr.medicines.domain.orders.Prescribing;
import org.openepr.medicines.domain.orders.Prescription;
import org.openepr.medicines.domain.orders.Verification;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;

/** The export's order history and allergy ends, written and read back as the import reads them (through JSON). */
class MedicinesRecordExtensionsTest {

    static final Instant T0 = Instant.parse("2027-03-03T10:00:00Z");
    static final FhirSupport FHIR = new FhirSupport();
    static final String NOTHING_FOUND = "{\"checked\":true,\"findings\":[],\"notChecked\":[]}";
    final MedicinesFhirMapper mapper = new MedicinesFhirMapper();
    final UUID patient = UUID.randomUUID();

    static Prescription sertraline(String mg, String notes) {
        return new Prescription(new ProductId("LVMP0001"), "26643006", new Dose(new BigDecimal(mg), "mg"), Frequency.ONCE_DAILY, null,
                LocalDate.of(2027, 3, 3), LocalDate.of(2027, 4, 1), "Depression", notes);
    }

    static OrderView view(MedicationOrder o, OrderVersion v) {
        return new OrderView(o.id(), o.patientId(), o.service(), o.status(), o.highRisk(), v.number(), o.version(), v.productId(),
                v.productName(), v.prescription().routeCode(), v.prescription(), v.prescribedBy(), v.prescribedAt(), v.verification(),
                v.verifiedBy(), v.verifiedAt(), v.verificationNote(), null, v.overrideReason(), o.awaitingSince(), o.stoppedAt(),
                o.stoppedBy(), o.stopReason());
    }

    static <T extends org.hl7.fhir.r4.model.Resource> T throughJson(T resource, Class<T> type) {
        return FHIR.json().parseResource(type, FHIR.json().encodeResourceToString(resource));
    }

    @Test
    void anOrderComesBackWithEveryVersionItsVerificationItsQueryAndItsStop() {
        String otherOrder = UUID.randomUUID().toString();
        String screened = ScreeningRecord.write(new ScreeningResult(true, Optional.empty(), List.of(new Finding(FindingKind.INTERACTION,
                Severity.SERIOUS, "Sertraline with lithium", "Current order: lithium", "Monitor", otherOrder)), List.of()));
        var made = MedicationOrder.prescribe(UUID.randomUUID(), patient, "CMHT North", true, sertraline("50", null), "Sertraline 50mg tablets",
                new Prescribing("dr.who", T0, screened, "Shipped 2027.1", "Agreed with consultant"));
        MedicationOrder order = made.order();
        OrderVersion v1 = made.first();
        OrderQuery query = order.query(v1, "pharm.one", T0.plusMillis(60_123), "Is 50 mg intended?");
        OrderVersion v2 = order.amend(v1, sertraline("25", "Take with food"), "Sertraline 50mg tablets", true,
                new Prescribing("dr.two", T0.plusSeconds(120), NOTHING_FOUND, "Shipped 2027.1", null), Optional.of(query));
        order.verify(v2, "pharm.one", T0.plusMillis(180_456), "Dose reduced: fine", NOTHING_FOUND);
        order.stop("dr.who", T0.plusSeconds(240), "Course completed");

        MedicationRequest exported = MedicinesRecordExtensions.withHistory(mapper.request(view(order, v2)),
                new OrderRecord(view(order, v2), List.of(v1, v2), List.of(query)));
        UUID newPatient = UUID.randomUUID();
        UUID newId = UUID.randomUUID();
        ImportedOrder back = MedicinesRecordExtensions.order(throughJson(exported, MedicationRequest.class), newId, newPatient,
                old -> old.equals(otherOrder) ? "the-other-order-here" : "unexpected");

        assertEquals(newId, back.id());
        assertEquals(newPatient, back.patientId());
        assertEquals("CMHT North", back.service());
        assertEquals(OrderStatus.STOPPED, back.status());
        assertTrue(back.highRisk());
        assertNull(back.awaitingSince());
        assertEquals(T0.plusSeconds(240), back.stoppedAt());
        assertEquals("dr.who", back.stoppedBy());
        assertEquals("Course completed", back.stopReason());
        assertEquals(2, back.versions().size());
        var first = back.versions().get(0);
        assertEquals(1, first.number());
        assertEquals(v1.prescription(), first.prescription(), "the first version's prescription as it was, not the current one's");
        assertEquals(new Prescribing("dr.who", T0, screened.replace(otherOrder, "the-other-order-here"), "Shipped 2027.1",
                "Agreed with consultant"), first.prescribing(), "the finding names the other order by its new id");
        assertEquals("the-other-order-here", ScreeningRecord.read(first.prescribing().screening()).findings().get(0).implicated());
        assertEquals(Verification.SUPERSEDED, first.verification());
        assertNull(first.verifiedBy());
        var second = back.versions().get(1);
        assertEquals(sertraline("25", "Take with food"), second.prescription());
        assertEquals("{\"checked\":true,\"findings\":[],\"notChecked\":[]}", second.prescribing().screening());
        assertEquals("Sertraline 50mg tablets", second.productName());
        assertEquals(Verification.VERIFIED, second.verification());
        assertEquals("pharm.one", second.verifiedBy());
        assertEquals(T0.plusMillis(180_456), second.verifiedAt(), "to the millisecond");
        assertEquals("Dose reduced: fine", second.verificationNote());
        assertEquals(NOTHING_FOUND, second.verificationScreening());
        assertEquals(1, back.queries().size());
        var q = back.queries().get(0);
        assertEquals(1, q.versionNumber());
        assertEquals("pharm.one", q.askedBy());
        assertEquals(T0.plusMillis(60_123), q.askedAt());
        assertEquals("Is 50 mg intended?", q.question());
        assertEquals("dr.two", q.answeredBy());
        assertEquals("Amended: see version 2", q.answer());
    }

    @Test
    void anAsRequiredOrderAwaitingVerificationKeepsItsMaximumAndSinceWhen() {
        Prescription prn = new Prescription(new ProductId("LVMP0122"), "26643006", new Dose(new BigDecimal("1000"), "mg"), Frequency.AS_REQUIRED, 4,
                LocalDate.of(2027, 3, 3), null, "Pain", null);
        var made = MedicationOrder.prescribe(UUID.randomUUID(), patient, "Ward 3", false, prn, "Paracetamol 500mg tablets",
                new Prescribing("dr.who", T0, NOTHING_FOUND, null, null));
        var record = new OrderRecord(view(made.order(), made.first()), List.of(made.first()), List.of());
        ImportedOrder back = MedicinesRecordExtensions.order(throughJson(
                MedicinesRecordExtensions.withHistory(mapper.request(record.order()), record), MedicationRequest.class), UUID.randomUUID(),
                patient, old -> old);
        assertEquals(OrderStatus.AWAITING_VERIFICATION, back.status());
        assertEquals(T0, back.awaitingSince());
        assertFalse(back.highRisk());
        assertEquals(prn, back.versions().get(0).prescription());
        assertNull(back.versions().get(0).prescribing().kbVersion(), "no knowledge base then, none now");
        assertEquals(Verification.AWAITING, back.versions().get(0).verification());
        assertTrue(back.queries().isEmpty());
    }

    @Test
    void aRequestWithoutItsHistoryIsRefusedNotGuessed() {
        MedicationRequest bare = new MedicationRequest();
        bare.setId("abc");
        var refused = assertThrows(IllegalArgumentException.class, () -> MedicinesRecordExtensions.order(bare, UUID.randomUUID(), patient,
                old -> old));
        assertTrue(refused.getMessage().contains("MedicationRequest/abc has no order history"), refused.getMessage());
    }

    @Test
    void allergyEntriesComeBackWithTheirKindReactionAndEnd() {
        AllergyEntry substance = AllergyEntry.allergy(patient, new AllergyEntry.Allergen(new SubstanceId("LVTM0156"), null, "Amoxicillin"),
                new AllergyEntry.Reaction(ReactionType.INTOLERANCE, null, AllergySeverity.MILD, Certainty.SUSPECTED, null), "dr.who", T0);
        AllergyEntry group = AllergyEntry.allergy(patient, new AllergyEntry.Allergen(null, "CEPHALOSPORINS", "Cephalosporins"),
                new AllergyEntry.Reaction(ReactionType.ALLERGY, "Rash", null, Certainty.CONFIRMED, LocalDate.of(2019, 6, 1)), "dr.who", T0);
        group.end("dr.two", T0.plusMillis(5_250), "Entered in error");
        AllergyEntry nkda = AllergyEntry.noKnownAllergies(patient, "dr.who", T0);
        nkda.end("dr.who", T0.plusSeconds(60), "An allergy was recorded: Penicillins");

        ImportedAllergy s = back(substance);
        assertEquals(AllergyKind.SUBSTANCE, s.kind());
        assertEquals("LVTM0156", s.substanceId());
        assertNull(s.group());
        assertEquals("Amoxicillin", s.description());
        assertEquals(ReactionType.INTOLERANCE, s.reactionType());
        assertNull(s.reaction(), "'not described' is what the API shows for no description, not a description");
        assertEquals(AllergySeverity.MILD, s.severity());
        assertEquals(Certainty.SUSPECTED, s.certainty());
        assertNull(s.onset());
        assertEquals("dr.who", s.recordedBy());
        assertEquals(T0, s.recordedAt());
        assertNull(s.endedAt());

        ImportedAllergy g = back(group);
        assertEquals(AllergyKind.GROUP, g.kind());
        assertEquals("CEPHALOSPORINS", g.group());
        assertNull(g.substanceId());
        assertEquals("Rash", g.reaction());
        assertNull(g.severity());
        assertEquals(LocalDate.of(2019, 6, 1), g.onset());
        assertEquals(T0.plusMillis(5_250), g.endedAt());
        assertEquals("dr.two", g.endedBy());
        assertEquals("Entered in error", g.endReason());

        ImportedAllergy n = back(nkda);
        assertEquals(AllergyKind.NO_KNOWN_ALLERGIES, n.kind());
        assertEquals("No known drug allergies", n.description());
        assertEquals("An allergy was recorded: Penicillins", n.endReason());
    }

    private ImportedAllergy back(AllergyEntry e) {
        AllergyIntolerance exported = MedicinesRecordExtensions.withEnd(mapper.allergy(e), e);
        return MedicinesRecordExtensions.allergy(throughJson(exported, AllergyIntolerance.class), patient);
    }

    @Test
    void anOrdersNewIdIsTheSameForTheSameTrustAndOldIdAndOnlyThen() {
        var rwk = org.openepr.platform.identity.OdsCode.of("RWK");
        assertEquals(MedicinesImportPart.newOrderId(rwk, "a"), MedicinesImportPart.newOrderId(rwk, "a"), "a resumed batch makes the same id");
        assertFalse(MedicinesImportPart.newOrderId(rwk, "a").equals(MedicinesImportPart.newOrderId(rwk, "b")));
        assertFalse(MedicinesImportPart.newOrderId(rwk, "a").equals(MedicinesImportPart.newOrderId(org.openepr.platform.identity.OdsCode.of("RAT"), "a")));
    }

    @Test
    void aStatementIsItsOrdersViewAndMapsToTheOrdersNewId() {
        IdMap ids = new IdMap();
        ids.put("Patient", "p-old", UUID.randomUUID().toString());
        ids.put("MedicationRequest", "o-old", "o-new");
        MedicationStatement s = new MedicationStatement();
        s.setId("o-old");
        s.addBasedOn(new Reference("MedicationRequest/o-old"));
        s.setSubject(new Reference("Patient/p-old"));
        assertEquals("o-new", MedicinesImportPart.statementOf(s, ids));

        MedicationStatement own = new MedicationStatement();
        own.setId("s-1");
        own.addBasedOn(new Reference("MedicationRequest/o-old"));
        own.setSubject(new Reference("Patient/p-old"));
        var refused = assertThrows(IllegalArgumentException.class, () -> MedicinesImportPart.statementOf(own, ids));
        assertTrue(refused.getMessage().contains("statements of their own are not imported"), refused.getMessage());

        MedicationStatement stranger = new MedicationStatement();
        stranger.setId("o-old");
        stranger.addBasedOn(new Reference("MedicationRequest/o-old"));
        stranger.setSubject(new Reference("Patient/p-unknown"));
        assertThrows(IllegalStateException.class, () -> MedicinesImportPart.statementOf(stranger, ids), "a patient not in the export");
    }
}
