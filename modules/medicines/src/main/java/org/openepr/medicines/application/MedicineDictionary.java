package org.openepr.medicines.application;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openepr.medicines.MedicinesModule;
import org.openepr.medicines.domain.formulary.Formulary;
import org.openepr.medicines.domain.formulary.FormularyEntry;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseVersion;
import org.openepr.medicines.domain.knowledge.Product;
import org.openepr.medicines.domain.knowledge.ProductId;
import org.openepr.medicines.domain.knowledge.Substance;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** The medicines dictionary as this trust sees it: the live knowledge base, its formulary first. No patient data. */
@UseCase
@ReadsOnly
@Access(module = MedicinesModule.NAME, roles = {Roles.CLINICIAN, Roles.PRESCRIBER, Roles.PHARMACIST, Roles.TRUST_ADMIN})
public class MedicineDictionary {

    @Inject
    LiveKnowledgeBase knowledge;

    @Inject
    Formulary formulary;

    /** Which knowledge base is live, if any (every screen that screens shows it). */
    public Optional<KnowledgeBaseVersion> liveVersion() {
        return knowledge.current().map(KnowledgeBase::version);
    }

    /** Medicines whose name or substance starts with the text: formulary items first, then the rest, each by name. */
    public List<MedicineChoice> search(String text, int limit) {
        Optional<KnowledgeBase> kb = knowledge.current();
        if (kb.isEmpty()) {
            return List.of();
        }
        boolean hasFormulary = !formulary.isEmpty();
        return kb.get().search(text, 200).stream().map(p -> choice(kb.get(), p, hasFormulary))
                .sorted(Comparator.comparing((MedicineChoice c) -> !c.onFormulary()).thenComparing(MedicineChoice::name))
                .limit(limit).toList();
    }

    public Optional<MedicineChoice> medicine(String productId) {
        if (!ProductId.isWellFormed(productId)) {
            return Optional.empty();
        }
        Optional<KnowledgeBase> kb = knowledge.current();
        boolean hasFormulary = !formulary.isEmpty();
        return kb.flatMap(k -> k.product(new ProductId(productId)).map(p -> choice(k, p, hasFormulary)));
    }

    /** Substances and allergy groups whose name starts with the text, for recording an allergy. */
    public List<Allergen> allergens(String text, int limit) {
        Optional<KnowledgeBase> kb = knowledge.current();
        if (kb.isEmpty() || text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.strip().toLowerCase();
        var groups = kb.get().allergyGroups().stream().filter(g -> g.name().toLowerCase().startsWith(t))
                .map(g -> new Allergen(g.code(), g.name() + " (all)"));
        var substances = kb.get().substances().stream().filter(s -> s.name().toLowerCase().startsWith(t))
                .map(s -> new Allergen(s.id().value(), s.name()));
        return java.util.stream.Stream.concat(groups, substances).limit(limit).toList();
    }

    /** Something a patient can be allergic to: a substance id or an allergy group code, with its name. */
    public record Allergen(String code, String name) {
    }

    private MedicineChoice choice(KnowledgeBase kb, Product p, boolean hasFormulary) {
        Substance s = kb.substanceOf(p);
        Optional<FormularyEntry> entry = hasFormulary ? formulary.entry(p.id().value()).filter(FormularyEntry::isListed) : Optional.empty();
        return MedicineChoice.of(p, s.name(), s.highRisk(), !hasFormulary || entry.isPresent(), entry.flatMap(FormularyEntry::restriction).orElse(null));
    }

}
