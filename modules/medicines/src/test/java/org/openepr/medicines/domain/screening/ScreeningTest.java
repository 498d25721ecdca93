package org.openepr.medicines.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.medicines.domain.screening.TestKnowledge.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.domain.allergies.AllergyStatus;
import org.openepr.medicines.domain.allergies.KnownAllergy;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseVersion;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.orders.Dose;
import org.openepr.medicines.domain.orders.Frequency;
import org.openepr.medicines.domain.orders.Prescription;

class ScreeningTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    AllergyStatus allergyStatus = AllergyStatus.NO_KNOWN_ALLERGIES;
    List<KnownAllergy> allergies = new ArrayList<>();
    List<CurrentMedicine> current = new ArrayList<>();
    FormularyPosition formulary = new FormularyPosition(true, true, Optional.empty(), Optional.empty());
    Optional<KnowledgeBase> kb = Optional.of(KB);

    static Prescription regular(Product p, String dose, Frequency often) {
        return new Prescription(p.id(), p.route().snomedCode(), new Dose(new BigDecimal(dose), p.doseUnit()), often, null, TODAY, null, "test", null);
    }

    static Prescription whenRequired(Product p, String dose, int maxDoses) {
        return new Prescription(p.id(), p.route().snomedCode(), new Dose(new BigDecimal(dose), p.doseUnit()), Frequency.AS_REQUIRED, maxDoses,
                TODAY, null, "test", null);
    }

    void alreadyOn(Product p, Prescription prescription) {
        current.add(new CurrentMedicine(UUID.randomUUID(), p, prescription));
    }

    ScreeningResult screen(Product p, Prescription prescription) {
        return Screening.screen(kb, ScreeningPolicy.DEFAULT, new ScreeningRequest(p, prescription, allergyStatus, allergies, current, formulary, TODAY));
    }

    static List<Finding> of(ScreeningResult r, FindingKind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    // --- allergies

    @Test
    void anAllergyToTheSameSubstanceIsAContraindication() {
        allergyStatus = AllergyStatus.RECORDED;
        allergies.add(new KnownAllergy(UUID.randomUUID(), AMOXICILLIN.id(), null, "Amoxicillin", ReactionType.ALLERGY, "anaphylaxis"));
        var r = screen(AMOXICILLIN_500, regular(AMOXICILLIN_500, "500", Frequency.THREE_TIMES_DAILY));
        var found = of(r, FindingKind.ALLERGY);
        assertEquals(1, found.size());
        assertEquals(Severity.CONTRAINDICATED, found.get(0).severity());
        assertTrue(found.get(0).evidence().contains("anaphylaxis"));
        assertTrue(r.hasContraindication());
    }

    @Test
    void anIntoleranceOfTheSameSubstanceIsSerious() {
        allergyStatus = AllergyStatus.RECORDED;
        allergies.add(new KnownAllergy(UUID.randomUUID(), SERTRALINE.id(), null, "Sertraline", ReactionType.INTOLERANCE, "nausea"));
        var found = of(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)), FindingKind.ALLERGY);
        assertEquals(Severity.SERIOUS, found.get(0).severity());
    }

    @Test
    void anAllergyToOneMemberOfAGroupFlagsTheOthers() {
        allergyStatus = AllergyStatus.RECORDED;
        allergies.add(new KnownAllergy(UUID.randomUUID(), AMOXICILLIN.id(), null, "Amoxicillin", ReactionType.ALLERGY, "rash"));
        var found = of(screen(FLUCLOXACILLIN_500, regular(FLUCLOXACILLIN_500, "500", Frequency.FOUR_TIMES_DAILY)), FindingKind.ALLERGY);
        assertEquals(1, found.size(), "flucloxacillin is a penicillin, like amoxicillin");
        assertEquals(Severity.SERIOUS, found.get(0).severity());
        assertTrue(found.get(0).summary().contains("penicillins"), found.get(0).summary());
    }

    @Test
    void anAllergyRecordedAgainstAGroupFlagsEveryMember() {
        allergyStatus = AllergyStatus.RECORDED;
        allergies.add(new KnownAllergy(UUID.randomUUID(), null, "PENICILLINS", "Penicillins", ReactionType.ALLERGY, null));
        assertEquals(1, of(screen(AMOXICILLIN_500, regular(AMOXICILLIN_500, "500", Frequency.THREE_TIMES_DAILY)), FindingKind.ALLERGY).size());
        assertEquals(0, of(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)), FindingKind.ALLERGY).size());
    }

    @Test
    void allergiesNotRecordedAreSaidNotToBeCheckedNeverPassed() {
        allergyStatus = AllergyStatus.NOT_RECORDED;
        var r = screen(AMOXICILLIN_500, regular(AMOXICILLIN_500, "500", Frequency.THREE_TIMES_DAILY));
        assertTrue(r.checked());
        assertTrue(r.notChecked().stream().anyMatch(n -> n.startsWith("Allergies")), r.notChecked().toString());
    }

    // --- interactions

    @Test
    void lithiumWithAnNsaidIsSeriousBySubstanceAndClass() {
        alreadyOn(LITHIUM_400, regular(LITHIUM_400, "400", Frequency.TWICE_DAILY));
        var found = of(screen(IBUPROFEN_400, regular(IBUPROFEN_400, "400", Frequency.THREE_TIMES_DAILY)), FindingKind.INTERACTION);
        assertEquals(1, found.size());
        assertEquals(Severity.SERIOUS, found.get(0).severity());
        assertTrue(found.get(0).summary().contains("lithium toxicity"));
        assertEquals(current.get(0).orderId().toString(), found.get(0).implicated());
    }

    @Test
    void anMaoiWithAnSsriIsContraindicatedInEitherOrder() {
        alreadyOn(PHENELZINE_15, regular(PHENELZINE_15, "15", Frequency.THREE_TIMES_DAILY));
        var r = screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY));
        assertEquals(Severity.CONTRAINDICATED, of(r, FindingKind.INTERACTION).get(0).severity());
        assertTrue(r.hasContraindication() && r.needsReason());
    }

    @Test
    void aMonitorInteractionNeedsNoReason() {
        alreadyOn(IBUPROFEN_400, regular(IBUPROFEN_400, "400", Frequency.THREE_TIMES_DAILY));
        var r = screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY));
        assertEquals(Severity.MONITOR, of(r, FindingKind.INTERACTION).get(0).severity());
        assertFalse(r.needsReason());
    }

    @Test
    void medicinesThatDoNotInteractFindNothing() {
        alreadyOn(PARACETAMOL_500, regular(PARACETAMOL_500, "1000", Frequency.FOUR_TIMES_DAILY));
        var r = screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertEquals("No problems found", r.headline());
    }

    // --- maximum dose

    @Test
    void aDoseAtTheMaximumPassesJustAboveIsSeriousWellAboveIsContraindicated() {
        assertTrue(of(screen(SERTRALINE_50, regular(SERTRALINE_50, "100", Frequency.TWICE_DAILY)), FindingKind.DOSE).isEmpty(), "200 mg: 100%");
        assertEquals(Severity.SERIOUS, of(screen(SERTRALINE_50, regular(SERTRALINE_50, "110", Frequency.TWICE_DAILY)), FindingKind.DOSE).get(0).severity(),
                "220 mg: 110%");
        var blocked = of(screen(SERTRALINE_50, regular(SERTRALINE_50, "125", Frequency.TWICE_DAILY)), FindingKind.DOSE).get(0);
        assertEquals(Severity.CONTRAINDICATED, blocked.severity(), "250 mg: 125%");
        assertTrue(blocked.summary().contains("250 mg a day is 125%"), blocked.summary());
    }

    @Test
    void aNarrowTherapeuticIndexDrugHasNoMargin() {
        var found = of(screen(LITHIUM_400, regular(LITHIUM_400, "850", Frequency.TWICE_DAILY)), FindingKind.DOSE);
        assertEquals(Severity.CONTRAINDICATED, found.get(0).severity(), "1700 mg of lithium: 106%");
    }

    @Test
    void anAsRequiredOrderIsCheckedAtItsMaximumIn24Hours() {
        assertTrue(of(screen(PARACETAMOL_500, whenRequired(PARACETAMOL_500, "1000", 4)), FindingKind.DOSE).isEmpty());
        assertEquals(Severity.CONTRAINDICATED, of(screen(PARACETAMOL_500, whenRequired(PARACETAMOL_500, "1000", 5)), FindingKind.DOSE).get(0).severity());
    }

    @Test
    void regularAndAsRequiredOrdersOfOneSubstanceAreAddedUp() {
        alreadyOn(PARACETAMOL_500, regular(PARACETAMOL_500, "1000", Frequency.FOUR_TIMES_DAILY));
        var r = screen(PARACETAMOL_500, whenRequired(PARACETAMOL_500, "1000", 2));
        var dose = of(r, FindingKind.DOSE).get(0);
        assertEquals(Severity.CONTRAINDICATED, dose.severity(), "6 g a day in all");
        assertTrue(dose.evidence().contains("1 other current order"), dose.evidence());
        assertEquals(Severity.MONITOR, of(r, FindingKind.DUPLICATE).get(0).severity(), "a regular dose with a when-required top-up");
    }

    @Test
    void aDepotIsCheckedOverItsPeriod() {
        assertTrue(of(screen(HALOPERIDOL_DEPOT, regular(HALOPERIDOL_DEPOT, "300", Frequency.EVERY_FOUR_WEEKS)), FindingKind.DOSE).isEmpty());
        var found = of(screen(HALOPERIDOL_DEPOT, regular(HALOPERIDOL_DEPOT, "200", Frequency.EVERY_TWO_WEEKS)), FindingKind.DOSE);
        assertEquals(Severity.CONTRAINDICATED, found.get(0).severity(), "400 mg in 28 days: 133%");
        assertTrue(found.get(0).summary().contains("in 28 days"));
    }

    @Test
    void theTrustsLocalMaximumReplacesTheUsualOne() {
        formulary = new FormularyPosition(true, true, Optional.empty(), Optional.of(new BigDecimal("150")));
        assertEquals(Severity.CONTRAINDICATED, of(screen(SERTRALINE_50, regular(SERTRALINE_50, "200", Frequency.ONCE_DAILY)), FindingKind.DOSE)
                .get(0).severity(), "200 mg against a local 150 mg: 133%");
    }

    @Test
    void aProductWithoutAMaximumIsSaidNotToBeChecked() {
        var r = screen(INSULIN_PEN, regular(INSULIN_PEN, "20", Frequency.AT_NIGHT));
        assertTrue(of(r, FindingKind.DOSE).isEmpty());
        assertTrue(r.notChecked().stream().anyMatch(n -> n.startsWith("Maximum dose")), r.notChecked().toString());
    }

    // --- duplicates and formulary

    @Test
    void theSameSubstanceTwiceIsSeriousAndTheSameClassIsToMonitor() {
        alreadyOn(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY));
        assertEquals(Severity.SERIOUS, of(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.AT_NIGHT)), FindingKind.DUPLICATE).get(0).severity());
        var sameClass = of(screen(FLUOXETINE_20, regular(FLUOXETINE_20, "20", Frequency.ONCE_DAILY)), FindingKind.DUPLICATE);
        assertEquals(Severity.MONITOR, sameClass.get(0).severity());
        assertTrue(sameClass.get(0).summary().contains("Selective serotonin re-uptake inhibitors"));
    }

    @Test
    void theFormularyFlagsUnlistedAndRestrictedProducts() {
        formulary = new FormularyPosition(true, false, Optional.empty(), Optional.empty());
        assertTrue(of(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)), FindingKind.FORMULARY).get(0).summary()
                .contains("not on the trust's formulary"));
        formulary = new FormularyPosition(true, true, Optional.of("specialist initiation only"), Optional.empty());
        assertTrue(of(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)), FindingKind.FORMULARY).get(0).summary()
                .contains("specialist initiation only"));
        formulary = FormularyPosition.none();
        assertTrue(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)).notChecked().stream().anyMatch(n -> n.startsWith("Formulary")));
    }

    // --- never a silent pass

    @Test
    void withoutAKnowledgeBaseNothingIsCheckedAndTheResultSaysSo() {
        kb = Optional.empty();
        var r = screen(SERTRALINE_50, regular(SERTRALINE_50, "500", Frequency.FOUR_TIMES_DAILY));
        assertFalse(r.checked());
        assertTrue(r.headline().startsWith("NOT CHECKED"), r.headline());
        assertTrue(r.needsReason(), "going on without any check needs a reason");
    }

    @Test
    void anEmptyOrStaleKnowledgeBaseChecksNothing() {
        kb = Optional.of(new KnowledgeBase(new KnowledgeBaseVersion("Empty", "0", ISSUED), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertTrue(screen(SERTRALINE_50, regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY)).headline().contains("is empty"));
        kb = Optional.of(KB);
        var stale = Screening.screen(kb, new ScreeningPolicy(30, 100, 120), new ScreeningRequest(SERTRALINE_50,
                regular(SERTRALINE_50, "50", Frequency.ONCE_DAILY), allergyStatus, allergies, current, formulary, TODAY));
        assertFalse(stale.checked());
        assertTrue(stale.headline().contains("older than the trust allows (30 days)"), stale.headline());
    }
}
