package org.openepr.medicines.domain.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openepr.medicines.domain.knowledge.AllergyGroup;
import org.openepr.medicines.domain.knowledge.DoseCeiling;
import org.openepr.medicines.domain.knowledge.Interaction;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseVersion;
import org.openepr.medicines.domain.knowledge.Party;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.medicines.domain.knowledge.Route;
import org.openepr.medicines.domain.knowledge.Severity;
import org.openepr.medicines.domain.knowledge.Substance;
import org.openepr.medicines.domain.knowledge.SubstanceId;
import org.openepr.medicines.domain.knowledge.TherapeuticClass;

/** A small knowledge base built in code, so each rule's test says exactly what it relies on. */
public final class TestKnowledge {

    public static final LocalDate ISSUED = LocalDate.of(2027, 1, 1);
    public static final Route ORAL = new Route("26643006", "oral");
    public static final Route IM = new Route("78421000", "intramuscular");

    public static final Substance SERTRALINE = substance(1, "Sertraline", false, "SSRI", "SEROTONERGIC");
    public static final Substance FLUOXETINE = substance(2, "Fluoxetine", false, "SSRI", "SEROTONERGIC");
    public static final Substance PHENELZINE = substance(3, "Phenelzine", false, "MAOI");
    public static final Substance LITHIUM = substance(4, "Lithium carbonate", true, "MOOD_STABILISER");
    public static final Substance IBUPROFEN = substance(5, "Ibuprofen", false, "NSAID");
    public static final Substance AMOXICILLIN = substance(6, "Amoxicillin", false, "PENICILLIN");
    public static final Substance FLUCLOXACILLIN = substance(7, "Flucloxacillin", false, "PENICILLIN");
    public static final Substance PARACETAMOL = substance(8, "Paracetamol", false, "ANALGESIC");
    public static final Substance HALOPERIDOL_DECANOATE = substance(9, "Haloperidol decanoate", false, "ANTIPSYCHOTIC_DEPOT");
    public static final Substance INSULIN = substance(10, "Insulin glargine", true, "INSULIN");

    public static final Product SERTRALINE_50 = product(1, SERTRALINE, "Sertraline 50mg tablets", ORAL, "mg", ceiling("200", "mg", 1));
    public static final Product FLUOXETINE_20 = product(2, FLUOXETINE, "Fluoxetine 20mg capsules", ORAL, "mg", ceiling("60", "mg", 1));
    public static final Product PHENELZINE_15 = product(3, PHENELZINE, "Phenelzine 15mg tablets", ORAL, "mg", ceiling("90", "mg", 1));
    public static final Product LITHIUM_400 = product(4, LITHIUM, "Lithium carbonate 400mg modified-release tablets", ORAL, "mg", ceiling("1600", "mg", 1));
    public static final Product IBUPROFEN_400 = product(5, IBUPROFEN, "Ibuprofen 400mg tablets", ORAL, "mg", ceiling("2400", "mg", 1));
    public static final Product AMOXICILLIN_500 = product(6, AMOXICILLIN, "Amoxicillin 500mg capsules", ORAL, "mg", ceiling("3000", "mg", 1));
    public static final Product FLUCLOXACILLIN_500 = product(7, FLUCLOXACILLIN, "Flucloxacillin 500mg capsules", ORAL, "mg", ceiling("4000", "mg", 1));
    public static final Product PARACETAMOL_500 = product(8, PARACETAMOL, "Paracetamol 500mg tablets", ORAL, "mg", ceiling("4000", "mg", 1));
    public static final Product HALOPERIDOL_DEPOT = product(9, HALOPERIDOL_DECANOATE, "Haloperidol decanoate 100mg/1ml solution for injection",
            IM, "mg", ceiling("300", "mg", 28));
    public static final Product INSULIN_PEN = product(10, INSULIN, "Insulin glargine 100units/ml pre-filled pen", new Route("34206005", "subcutaneous"),
            "unit", Optional.empty());

    public static final KnowledgeBase KB = new KnowledgeBase(new KnowledgeBaseVersion("Test medicines", "1.0", ISSUED),
            List.of(new TherapeuticClass("SSRI", "Selective serotonin re-uptake inhibitors", "4.3.3"),
                    new TherapeuticClass("SEROTONERGIC", "Serotonergic drugs", "-"),
                    new TherapeuticClass("MAOI", "Monoamine-oxidase inhibitors", "4.3.2"),
                    new TherapeuticClass("MOOD_STABILISER", "Mood stabilisers", "4.2.3"),
                    new TherapeuticClass("NSAID", "Non-steroidal anti-inflammatory drugs", "10.1.1"),
                    new TherapeuticClass("PENICILLIN", "Penicillins", "5.1.1"),
                    new TherapeuticClass("ANALGESIC", "Non-opioid analgesics", "4.7.1"),
                    new TherapeuticClass("ANTIPSYCHOTIC_DEPOT", "Antipsychotic depot injections", "4.2.2"),
                    new TherapeuticClass("INSULIN", "Insulins", "6.1.1")),
            List.of(SERTRALINE, FLUOXETINE, PHENELZINE, LITHIUM, IBUPROFEN, AMOXICILLIN, FLUCLOXACILLIN, PARACETAMOL, HALOPERIDOL_DECANOATE, INSULIN),
            List.of(SERTRALINE_50, FLUOXETINE_20, PHENELZINE_15, LITHIUM_400, IBUPROFEN_400, AMOXICILLIN_500, FLUCLOXACILLIN_500, PARACETAMOL_500,
                    HALOPERIDOL_DEPOT, INSULIN_PEN),
            List.of(new Interaction(Party.parse("class:MAOI"), Party.parse("class:SEROTONERGIC"), Severity.CONTRAINDICATED,
                            "Serotonin syndrome", "Do not give together; allow a washout"),
                    new Interaction(Party.parse(LITHIUM.id().value()), Party.parse("class:NSAID"), Severity.SERIOUS,
                            "NSAIDs reduce lithium excretion: lithium toxicity", "Avoid; if unavoidable, check lithium level within 5 days"),
                    new Interaction(Party.parse("class:SSRI"), Party.parse("class:NSAID"), Severity.MONITOR,
                            "Increased risk of gastrointestinal bleeding", "Consider a proton pump inhibitor")),
            List.of(new AllergyGroup("PENICILLINS", "Penicillins", List.of(Party.parse("class:PENICILLIN")), "Avoid all penicillins")));

    private TestKnowledge() {
    }

    static Substance substance(int n, String name, boolean narrow, String... classes) {
        return new Substance(new SubstanceId(String.format("LVTM%04d", n)), name, List.of(classes), narrow, Optional.empty(), narrow);
    }

    static Product product(int n, Substance s, String name, Route route, String unit, Optional<DoseCeiling> ceiling) {
        return new Product(new ProductId(String.format("LVMP%04d", n)), s.id(), name, BigDecimal.ONE, unit, "tablet", route, unit, ceiling);
    }

    static Optional<DoseCeiling> ceiling(String amount, String unit, int days) {
        return Optional.of(new DoseCeiling(new BigDecimal(amount), unit, days));
    }
}
